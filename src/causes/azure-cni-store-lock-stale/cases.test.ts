import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

const withMessage = (message: string) =>
  withItems(['ip-range.yaml'], (item) => {
    if (item['kind'] === 'Event') item['message'] = message;
    return item;
  });

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'another sandbox network failure', snapshot: () => fixtureSnapshot(['ip-range.yaml']) },
    { name: 'a JSON error without azure-vnet', snapshot: () => withMessage('Failed to create pod sandbox: unexpected end of JSON input') },
  ],
  invalid: [
    {
      name: 'store lock timeout',
      snapshot: () =>
        withMessage(
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "8931a83501dc": plugin type="azure-vnet" failed (add): Failed to initialize key-value store of network plugin, err:timed out locking store.',
        ),
      findings: [{ target: pod('cattle-system', 'secure-scan-5f6g7h8j9-k2l3m'), evidence: [/timed out locking store/] }],
    },
  ],
});

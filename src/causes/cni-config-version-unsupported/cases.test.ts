import { causeOf, fixtureSnapshot, pod, ruleTester, withEventMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

const withMessage = (message: string) => withEventMessage('ip-range.yaml', message);

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'another sandbox network failure', snapshot: () => fixtureSnapshot(['ip-range.yaml']) },
  ],
  invalid: [
    {
      name: 'flannel HostProcess config 0.3.1 with a 0.2.0 plugin',
      snapshot: () =>
        withMessage(
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "8249f8c9d4845a1cfda66c0bc5becd7d035d3250c63a79e283a7352a3c8d6156": plugin type="flannel" name="flannel.4096" failed (add): incompatible CNI versions; config is "0.3.1", plugin supports ["0.2.0"]',
        ),
      findings: [{ target: pod('cattle-system', 'secure-scan-5f6g7h8j9-k2l3m'), evidence: [/config is "0\.3\.1", plugin supports \["0\.2\.0"\]/] }],
    },
  ],
});

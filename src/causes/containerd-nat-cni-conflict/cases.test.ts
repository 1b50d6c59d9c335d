import { causeOf, fixtureSnapshot, node, nodeFacts, pod, ruleTester, withEventMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

const withMessage = (message: string) => withEventMessage('ip-range.yaml', message);

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'flannel config in use', snapshot: () => fixtureSnapshot([]), nodeFacts: nodeFacts('akswin22-0', { cni: { type: 'flannel', confPath: 'C:\\etc\\cni\\net.d\\10-flannel.conf' } }) },
    { name: 'another sandbox network failure', snapshot: () => fixtureSnapshot(['ip-range.yaml']) },
  ],
  invalid: [
    {
      name: 'sandbox through the nat plugin',
      snapshot: () =>
        withMessage(
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "7b785a7675d0": plugin type="nat" name="nat" failed (add): hcnCreateNetwork failed in Win32: The object already exists. (0x1392)',
        ),
      findings: [{ target: pod('cattle-system', 'secure-scan-5f6g7h8j9-k2l3m'), evidence: [/plugin type="nat"/] }],
    },
    {
      name: 'probe: containerd uses the nat config',
      snapshot: () => fixtureSnapshot([]),
      nodeFacts: nodeFacts('akswin22-0', { cni: { type: 'nat', confPath: 'C:\\Program Files\\containerd\\cni\\conf\\0-containerd-nat.json' } }),
      findings: [{ target: node('akswin22-0'), evidence: [/0-containerd-nat\.json \(type nat\)/] }],
    },
  ],
});

import { causeOf, fixtureSnapshot, pod, ruleTester, withEventMessage } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'a layer that fails for another reason is not blamed on scanning',
      snapshot: () =>
        withEventMessage('rt-antivirus.yaml', 'Failed to pull image "registry.example.com/finance/reports:2024.11-ltsc2019": rpc error: code = NotFound desc = failed to pull and unpack image: not found'),
    },
  ],
  invalid: [
    {
      name: 'layer extraction denied on a 2019 node',
      snapshot: () => fixtureSnapshot(['rt-antivirus.yaml']),
      findings: [{ target: pod('finance', 'reports-5b6c7d8e9f-g0h1i'), evidence: [/ProcessBaseLayer .*Access is denied/] }],
    },
  ],
});

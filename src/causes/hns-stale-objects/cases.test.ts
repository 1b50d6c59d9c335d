import { causeOf, fixtureSnapshot, pod, ruleTester, withEventMessage, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'another HNS failure without the wrong-diskette text',
      snapshot: () =>
        withEventMessage('hns-stale.yaml', 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox: HnsCall failed in Win32: The object already exists. (0x1392)'),
    },
  ],
  invalid: [
    {
      name: 'sandbox network setup fails with "wrong diskette"',
      snapshot: () => fixtureSnapshot(['hns-stale.yaml']),
      findings: [{ target: pod('web', 'api-6d5f7c8b9-z9y8x'), evidence: [/FailedCreatePodSandBox \(x31\): .*The wrong diskette is in the drive/] }],
    },
    {
      name: 'the same text in lower case in a node event',
      snapshot: () =>
        withItems(['hns-stale.yaml'], (item) => {
          if (item['kind'] === 'Event') {
            item['involvedObject'] = { kind: 'Node', name: 'akswin22-0', uid: 'akswin22-0' };
            item['reason'] = 'KubeProxyFailed';
            item['message'] = 'hnscall failed in win32: the wrong diskette is in the drive. (0x80070022)';
          }
          return item;
        }),
      findings: [{ target: { kind: 'Node', name: 'akswin22-0' } }],
    },
  ],

});

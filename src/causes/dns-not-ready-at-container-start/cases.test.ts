import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

/** The flannel pod's last termination replaced: message and run time. */
const endedWith = (message: string, startedAt: string, finishedAt: string) => () =>
  withItems(['flanneld-waiting.yaml'], (item) => {
    if (item['kind'] === 'Pod') {
      const status = item['status'] as { containerStatuses: { lastState: { terminated: Record<string, unknown> } }[] };
      Object.assign(status.containerStatuses[0]!.lastState.terminated, { message, startedAt, finishedAt });
    }
    return item;
  });

const lookup = 'Invoke-WebRequest : The remote name could not be resolved: \'config.contoso.internal\'';

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'lookup failure after ten minutes of running', snapshot: endedWith(lookup, '2024-11-20T10:40:00Z', '2024-11-20T10:50:00Z') },
    { name: 'early exit for another reason', snapshot: endedWith('Error registering network: Cannot find network', '2024-11-20T10:54:40Z', '2024-11-20T10:54:45Z') },
  ],
  invalid: [
    {
      name: 'lookup failure three seconds after start',
      snapshot: endedWith(lookup, '2024-11-20T10:54:40Z', '2024-11-20T10:54:43Z'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/ran 3s: .*could not be resolved/], message: /3s after it started/ }],
    },
  ],
});

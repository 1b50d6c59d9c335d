import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'probe failures without a kill exit code are not enough',
      snapshot: () =>
        withItems(['rt-probe-timeout.yaml'], (item) => {
          if (item['kind'] === 'Pod') {
            const status = item['status'] as { containerStatuses: { lastState: { terminated: { exitCode: number } } }[] };
            status.containerStatuses[0]!.lastState.terminated.exitCode = 1;
          }
          return item;
        }),
    },
  ],
  invalid: [
    {
      name: 'liveness kills a slow-starting Windows container',
      snapshot: () => fixtureSnapshot(['rt-probe-timeout.yaml']),
      findings: [
        {
          target: pod('security', 'shield-agent-79b776546f-kjzdp'),
          evidence: [/Liveness probe failed/, /stopped with -1073741510 \(0xC000013A STATUS_CONTROL_C_EXIT\) \(restarts: 14\)/, /killed after about 50s without success \(timeout 1s\)/],
        },
      ],
    },
    {
      name: 'an exec liveness probe that errors on its deadline, in the wording of newer kubelets',
      snapshot: () =>
        withItems(['rt-probe-timeout.yaml'], (item) => {
          if (item['kind'] === 'Event' && typeof item['message'] === 'string' && item['message'].startsWith('Liveness probe failed')) {
            item['message'] = 'Liveness probe errored and resulted in unknown state: rpc error: code = DeadlineExceeded desc = context deadline exceeded';
          }
          return item;
        }),
      findings: [
        {
          target: pod('security', 'shield-agent-79b776546f-kjzdp'),
          evidence: [/Liveness probe errored and resulted in unknown state: .*context deadline exceeded/, /STATUS_CONTROL_C_EXIT/],
        },
      ],
    },
  ],
});

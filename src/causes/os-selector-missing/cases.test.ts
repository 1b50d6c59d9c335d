import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'Windows pods with a selector that fail for another reason', snapshot: () => fixtureSnapshot(['image-build-mismatch.yaml']) },
    {
      name: 'Pending on a control-plane taint, not the Windows one',
      snapshot: () =>
        withItems(['pending-untolerated.yaml'], (item) => {
          if (item['kind'] === 'Event') {
            item['message'] =
              '0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling..';
          }
          if (item['kind'] === 'Pod') {
            const status = item['status'] as { conditions: { message: string }[] };
            status.conditions[0]!.message = '0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }.';
          }
          return item;
        }),
    },
  ],
  invalid: [
    {
      name: 'Linux-only images without an OS selector landed on Windows nodes',
      snapshot: () => fixtureSnapshot(['linux-image-on-windows.yaml']),
      findings: [
        {
          target: pod('rabbitmq-system', 'rabbitmq-cluster-operator-956674b95-chg6q'),
          evidence: [/Failed \(x4\): Failed to pull image .*no match for platform in manifest/, /no nodeSelector or required affinity on kubernetes.io\/os/],
        },
        { target: pod('default', 'nginx-7c79c4bf97-5xk2m'), evidence: [/image nginx:1\.27 is published for Linux only/] },
      ],
    },
    {
      name: 'Windows pod Pending because it does not tolerate os=windows',
      snapshot: () => fixtureSnapshot(['pending-untolerated.yaml']),
      findings: [
        {
          target: pod('web', 'iis-win19-6f7d8c9b5-p4m7n'),
          evidence: [/FailedScheduling \(x23\): .*untolerated taint \{os: windows\}/, /1 Windows node\(s\) carry taint os=windows:NoSchedule; the pod has no matching toleration/],
        },
      ],
    },
  ],

});

import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'pods on supported builds', snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']) },
    {
      name: 'old build but the pod does not mount a token',
      snapshot: () =>
        withItems(['old-nodes.yaml'], (item) => {
          if (item['kind'] === 'Pod') {
            const spec = item['spec'] as Record<string, unknown>;
            spec['automountServiceAccountToken'] = false;
            const status = item['status'] as { containerStatuses: { lastState: { terminated: { message: string } } }[] };
            status.containerStatuses[0]!.lastState.terminated.message = 'panic: open config.yml: The system cannot find the file specified.';
          }
          return item;
        }),
    },
  ],
  invalid: [
    {
      name: 'ca.crt cannot be used inside a pod on build 16299',
      snapshot: () => fixtureSnapshot(['old-nodes.yaml']),
      findings: [
        {
          target: pod('monitoring', 'prometheus-0'),
          evidence: [/unable to use specified CA cert C:\/var\/run\/secrets\/kubernetes\.io\/serviceaccount\/ca\.crt/, /Windows Server, version 1709 \(10\.0\.16299\.19\)/],
        },
      ],
    },
    {
      name: 'token mounted on build 16299 without an error yet',
      snapshot: () =>
        withItems(['old-nodes.yaml'], (item) => {
          if (item['kind'] === 'Pod') {
            const status = item['status'] as { containerStatuses: { lastState: { terminated: { message: string } } }[] };
            status.containerStatuses[0]!.lastState.terminated.message = 'exit status 1';
          }
          return item;
        }),
      findings: [{ target: pod('monitoring', 'prometheus-0'), severity: 'warning', evidence: [/token is mounted/] }],
    },
  ],

});

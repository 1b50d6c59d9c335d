import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      // The same failures in ordinary containers belong to the command-not-found cause.
      name: 'a normal container with a missing executable is not a HostProcess problem',
      snapshot: () =>
        withItems(['rt-hostprocess.yaml'], (item) => {
          if (item['kind'] === 'Pod') {
            const spec = item['spec'] as Record<string, unknown>;
            delete spec['securityContext'];
            delete spec['hostNetwork'];
          }
          return item;
        }),
    },
  ],
  invalid: [
    {
      name: 'HostProcess pods: missing executable under containerd 1.6, bind filter refused under 1.7',
      snapshot: () => fixtureSnapshot(['rt-hostprocess.yaml']),
      findings: [
        {
          target: pod('kube-system', 'azure-cns-win-7k2xq'),
          evidence: [/failed to find executable/, /node win19-0 runs containerd:\/\/1\.6\.28: the image and volumes are under %CONTAINER_SANDBOX_MOUNT_POINT%/],
        },
        {
          target: pod('ci', 'build-agent-4m8tz'),
          evidence: [/failed to bind target .* for job object/, /node akswin22-0 runs containerd:\/\/1\.7\.20\+azure: the image and volumes are bind-mounted/],
        },
      ],
    },
  ],
});

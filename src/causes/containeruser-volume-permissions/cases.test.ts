import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'the nanoserver pod set to run as ContainerAdministrator',
      snapshot: () =>
        withItems(['rt-containeruser-volume.yaml'], (item) => {
          const metadata = item['metadata'] as { name?: string };
          if (metadata.name === 'cache-admin-6a7b8c9d0-m3n5p') return undefined;
          if (metadata.name === 'cache-worker-5f6d7c8b9-k2p4q') {
            (item['spec'] as { securityContext?: unknown }).securityContext = { windowsOptions: { runAsUserName: 'ContainerAdministrator' } };
          }
          return item;
        }),
    },
  ],
  invalid: [
    {
      // The servercore pod (ContainerAdministrator by default) with an access-denied message is not reported.
      name: 'nanoserver pod (ContainerUser by default) denied access to its hostPath volume',
      snapshot: () => fixtureSnapshot(['rt-containeruser-volume.yaml']),
      findings: [
        {
          target: pod('web', 'cache-worker-5f6d7c8b9-k2p4q'),
          evidence: [/Access to the path 'C:\\data\\index\.bin' is denied/, /uses a nanoserver image \(default user ContainerUser\) and mounts C:\\data/],
        },
      ],
    },
  ],
});

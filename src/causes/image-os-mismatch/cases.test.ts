import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'sandbox-phase OS mismatch belongs to the pause image', snapshot: () => fixtureSnapshot(['pause-sandbox-mismatch.yaml']) },
    { name: 'Linux image without OS selector is os-selector-missing, not this', snapshot: () => fixtureSnapshot(['linux-image-on-windows.yaml']) },
  ],
  invalid: [
    {
      name: 'ltsc2019 image on a Server 2022 node fails at container creation',
      snapshot: () => fixtureSnapshot(['image-build-mismatch.yaml']),
      findings: [
        {
          target: pod('web', 'legacy-api-5c8d7f9b6-q7w2e'),
          evidence: [
            /Failed \(x9\): Error: failed to create containerd task.*does not match the host operating system/,
            /image mcr\.microsoft\.com\/windows\/servercore\/iis:windowsservercore-ltsc2019 is built for Windows Server 2019 \(17763\); node runs Windows Server 2022/,
          ],
        },
      ],
    },
    {
      name: 'spec alone: ltsc2019 image bound to a Server 2022 node with process isolation (Hyper-V and matching pods pass)',
      snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']),
      findings: [{ target: pod('web', 'report-6b7c8d9e0f-abcde'), evidence: [/process isolation needs the same build/] }],
    },
    {
      name: 'Docker 20.10 wording naming both builds',
      snapshot: () =>
        withItems(['image-build-mismatch.yaml'], (item) => {
          if (item['kind'] === 'Event' && item['reason'] === 'Failed') {
            item['message'] = 'Error: Error response from daemon: a Windows version 10.0.17763-based image is incompatible with a 10.0.20348 host';
          }
          return item;
        }),
      findings: [{ target: pod('web', 'legacy-api-5c8d7f9b6-q7w2e'), evidence: [/incompatible with a 10\.0\.20348 host/] }],
    },
    {
      name: 'a pod selecting Windows nodes with a Linux-only image',
      snapshot: () =>
        withItems(['linux-image-on-windows.yaml'], (item) => {
          const metadata = item['metadata'] as { name: string };
          if (item['kind'] === 'Pod' && metadata.name.startsWith('nginx')) {
            (item['spec'] as Record<string, unknown>)['nodeSelector'] = { 'kubernetes.io/os': 'windows' };
          }
          return metadata.name.startsWith('rabbitmq') ? undefined : item;
        }),
      findings: [{ target: pod('default', 'nginx-7c79c4bf97-5xk2m'), evidence: [/Linux-only image in a pod that selects Windows nodes/, /no match for platform in manifest/] }],
    },
  ],

});

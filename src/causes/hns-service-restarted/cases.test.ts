import { causeOf, fixtureSnapshot, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'another agent failure', snapshot: () => fixtureSnapshot(['flanneld-waiting.yaml']) },
  ],
  invalid: [
    {
      name: 'felix cannot find the endpoints after an HNS restart',
      snapshot: () =>
        withTerminationMessage(
          'flanneld-waiting.yaml',
          '2021-12-08 07:01:07.275 [WARNING][5360] felix/endpoint_mgr.go 440: Failed to look up one or more HNS endpoints; will schedule a retry',
        ),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/Failed to look up one or more HNS endpoints/] }],
    },
    {
      name: 'the service control manager reports that HNS stopped with an error',
      snapshot: () =>
        withTerminationMessage(
          'flanneld-waiting.yaml',
          'The Host Network Service service terminated with the following service-specific error: The RPC server is unavailable.',
        ),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/Host Network Service service terminated with/] }],
    },
  ],
});

import { causeOf, fixtureSnapshot, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

const withTermination = (message: string) => withTerminationMessage('apiserver.yaml', message);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'a readiness probe refused on the app port is not the API server',
      snapshot: () => withTermination('Readiness probe failed: Get "http://10.244.3.17:8080/healthz": dial tcp 10.244.3.17:8080: connect: connection refused'),
    },
  ],
  invalid: [
    {
      name: 'x509 unknown authority on a list call',
      snapshot: () => fixtureSnapshot(['apiserver.yaml']),
      findings: [{ target: pod('monitoring', 'win-exporter-4h5j6k'), evidence: [/x509: certificate signed by unknown authority/] }],
    },
    {
      name: 'connection refused to the API server port',
      snapshot: () => withTermination('Get "https://10.0.0.1:6443/api/v1/namespaces/monitoring/pods": dial tcp 10.0.0.1:6443: connect: connection refused'),
      findings: [{ target: pod('monitoring', 'win-exporter-4h5j6k') }],
    },
  ],

});

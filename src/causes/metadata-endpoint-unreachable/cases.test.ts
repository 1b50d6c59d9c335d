import { causeOf, fixtureSnapshot, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

const withTermination = (message: string) => withTerminationMessage('apiserver.yaml', message);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'a plain HTTP timeout to an application is not the metadata endpoint',
      snapshot: () => withTermination('Get "http://10.244.3.17:80/healthz": dial tcp 10.244.3.17:80: i/o timeout'),
    },
    {
      name: 'metadata that was fetched but lacks a key is not a reachability problem',
      snapshot: () => withTermination('metadata: GCE metadata "instance/attributes/cluster-name" not defined'),
    },
  ],
  invalid: [
    {
      name: 'a CSI node plugin cannot fetch Azure instance metadata',
      snapshot: () =>
        withTermination(
          'F1120 10:21:07.118540    4212 azurefile.go:312] failed to get instance metadata: Get "http://169.254.169.254/metadata/instance?api-version=2021-10-01&format=json": dial tcp 169.254.169.254:80: connectex: A socket operation was attempted to an unreachable network.',
        ),
      findings: [{ target: pod('monitoring', 'win-exporter-4h5j6k'), evidence: [/failed to get instance metadata: Get "http:\/\/169\.254\.169\.254/] }],
    },
    {
      name: 'a managed identity token request to IMDS times out',
      snapshot: () => withTermination('ManagedIdentityCredential: IMDS token request to http://169.254.169.254/metadata/identity/oauth2/token timed out after 3 attempts'),
      findings: [{ target: pod('monitoring', 'win-exporter-4h5j6k'), evidence: [/IMDS token request .* timed out/] }],
    },
  ],
});

import { causeOf, fixtureSnapshot, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

const withMessage = (message: string) => withTerminationMessage('flanneld-waiting.yaml', message);
const flannelPod = pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg');

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'another start failure', snapshot: () => fixtureSnapshot(['flanneld-waiting.yaml']) },
    { name: 'a plain HTTP timeout to an application is not the metadata endpoint', snapshot: () => withMessage('Get "http://10.244.3.17:80/healthz": dial tcp 10.244.3.17:80: i/o timeout') },
    { name: 'metadata that was fetched but lacks a key is not a reachability problem', snapshot: () => withMessage('metadata: GCE metadata "instance/attributes/cluster-name" not defined') },
  ],
  invalid: [
    {
      name: 'agent cannot read instance metadata',
      snapshot: () => withMessage('E1120 10:55:09 main.go:81] could not get instance metadata on Windows node: Get "http://169.254.169.254/metadata/instance": dial tcp 169.254.169.254:80: i/o timeout'),
      findings: [{ target: flannelPod, evidence: [/could not get instance metadata/] }],
    },
    {
      name: 'a CSI node plugin on Windows finds no route to the metadata address',
      snapshot: () =>
        withMessage(
          'F1120 10:21:07.118540    4212 azurefile.go:312] failed to get instance metadata: Get "http://169.254.169.254/metadata/instance?api-version=2021-10-01&format=json": dial tcp 169.254.169.254:80: connectex: A socket operation was attempted to an unreachable network.',
        ),
      findings: [{ target: flannelPod, evidence: [/failed to get instance metadata/] }],
    },
    {
      name: 'a managed identity token request to IMDS times out',
      snapshot: () => withMessage('ManagedIdentityCredential: IMDS token request to http://169.254.169.254/metadata/identity/oauth2/token timed out after 3 attempts'),
      findings: [{ target: flannelPod, evidence: [/IMDS token request .* timed out/] }],
    },
    {
      name: 'a cloud SDK on Windows gets no answer from the metadata address',
      snapshot: () =>
        withMessage(
          'Get "http://169.254.169.254/latest/api/token": dial tcp 169.254.169.254:80: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.',
        ),
      findings: [{ target: flannelPod, evidence: [/dial tcp 169\.254\.169\.254:80: connectex/] }],
    },
    {
      name: 'an error retrieving instance metadata',
      snapshot: () => withMessage('E1120 10:55:09.218797    2576 cloud.go:97] error retrieving instance metadata: context deadline exceeded'),
      findings: [{ target: flannelPod, evidence: [/error retrieving instance metadata/] }],
    },
  ],
});

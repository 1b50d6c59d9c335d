import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

const endpointMessage =
  'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "07e176b2ac6c": plugin type="flannel" name="vxlan0" failed (add): error while AddHnsEndpoint(07e176b2ac6c_vxlan0,6FFC7024-14DC-41AB-B8BE-810AE35C786D,07e176b2ac6c): failed to find HNSEndpoint 07e176b2ac6c_vxlan0: Endpoint 07e176b2ac6c_vxlan0 not found';

const withMessage = (message: string, runtime?: string) =>
  withItems(['ip-range.yaml'], (item) => {
    if (item['kind'] === 'Event') item['message'] = message;
    if (runtime && item['kind'] === 'Node') (item['status'] as { nodeInfo: { containerRuntimeVersion: string } }).nodeInfo.containerRuntimeVersion = runtime;
    return item;
  });

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'same error on a Docker node', snapshot: () => withMessage(endpointMessage, 'docker://20.10.9') },
    { name: 'another sandbox network failure', snapshot: () => fixtureSnapshot(['ip-range.yaml']) },
  ],
  invalid: [
    {
      name: 'flannel + win-overlay under containerd',
      snapshot: () => withMessage(endpointMessage),
      findings: [{ target: pod('cattle-system', 'secure-scan-5f6g7h8j9-k2l3m'), evidence: [/failed to find HNSEndpoint/, /runs containerd:\/\/1\.7\.20/] }],
    },
  ],
});

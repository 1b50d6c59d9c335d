import { causeOf, fixtureSnapshot, pod, ruleTester, withEventMessage } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** The ip-range fixture with its sandbox event carrying another message. */
function withSandboxMessage(message: string) {
  return withEventMessage('ip-range.yaml', message);
}

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'an exhausted IP range is another cause', snapshot: () => fixtureSnapshot(['ip-range.yaml']) },
    {
      name: 'a JSON error from an application is not the CNI state file',
      snapshot: () => withSandboxMessage('Error: failed to read settings.json: unexpected end of JSON input'),
    },
  ],
  invalid: [
    {
      name: 'dockershim reports the truncated state file',
      snapshot: () =>
        withSandboxMessage(
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "4c1f0e9d8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d" network for pod "secure-scan-5f6g7h8j9-k2l3m": networkPlugin cni failed to set up pod "secure-scan-5f6g7h8j9-k2l3m_default" network: unexpected end of JSON input',
        ),
      findings: [{ target: pod('cattle-system', 'secure-scan-5f6g7h8j9-k2l3m'), evidence: [/networkPlugin cni failed to set up pod .* unexpected end of JSON input/] }],
    },
    {
      name: 'containerd reports that azure-vnet timed out on its store lock',
      snapshot: () =>
        withSandboxMessage(
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b": plugin type="azure-vnet" failed (add): Failed to initialize key-value store of network plugin: timed out locking store',
        ),
      findings: [{ target: pod('cattle-system', 'secure-scan-5f6g7h8j9-k2l3m'), evidence: [/timed out locking store/] }],
    },
  ],
});

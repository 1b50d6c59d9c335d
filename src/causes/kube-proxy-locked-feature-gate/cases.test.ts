import { causeOf, fixtureSnapshot, node, nodeFacts, pod, ruleTester, withItems, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

const kubeProxy = (gates: string) => ({ kubeProxy: { running: false, flags: { 'feature-gates': gates } } });

/** Base nodes with akswin22-0 on kube-proxy 1.34. */
const on134 = () =>
  withItems([], (item) => {
    const meta = item['metadata'] as { name: string };
    if (item['kind'] === 'Node' && meta.name === 'akswin22-0') {
      (item['status'] as { nodeInfo: { kubeProxyVersion: string } }).nodeInfo.kubeProxyVersion = 'v1.34.1';
    }
    return item;
  });

ruleTester(cause, {
  valid: [
    { name: 'no probe facts', snapshot: () => fixtureSnapshot([]) },
    { name: 'WinOverlay=false before 1.34', snapshot: () => fixtureSnapshot([]), nodeFacts: nodeFacts('akswin22-0', kubeProxy('WinOverlay=false')) },
    { name: 'WinDSR=true on 1.34', snapshot: on134, nodeFacts: nodeFacts('akswin22-0', kubeProxy('WinDSR=true,WinOverlay=true')) },
    { name: 'another start failure', snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'unable to create proxier: source-vip flag not set') },
  ],
  invalid: [
    {
      name: 'WinOverlay=false on 1.34',
      snapshot: on134,
      nodeFacts: nodeFacts('akswin22-0', kubeProxy('WinDSR=true,WinOverlay=false')),
      findings: [{ target: node('akswin22-0'), evidence: [/WinOverlay=false/], message: /WinOverlay=false.*locked/ }],
    },
    {
      name: 'IPv6DualStack=false on 1.30',
      snapshot: () => fixtureSnapshot([]),
      nodeFacts: nodeFacts('akswin22-0', kubeProxy('IPv6DualStack=false')),
      findings: [{ target: node('akswin22-0'), message: /IPv6DualStack=false/ }],
    },
    {
      name: 'exit message of a kube-proxy container',
      snapshot: () =>
        withTerminationMessage('flanneld-waiting.yaml', 'run.go:74] "command failed" err="failed complete: cannot set feature gate IPv6DualStack to false, feature is locked to true"'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/feature is locked to true/] }],
    },
  ],
});

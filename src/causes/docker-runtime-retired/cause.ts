import { defineCause, message } from '../define.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'Windows node still runs the retired Docker runtime',
  area: 'node',
  severity: 'warning',
  advisory: true,
  inputs: ['node-status'],
  explanation:
    'The kubelet dropped its built-in Docker support (dockershim) in Kubernetes 1.24; a Windows node that still reports a docker:// runtime depends on the external cri-dockerd adapter, and AKS retired Docker for Windows node pools on 1 May 2023 (scaling and creation fail, its Windows 2019 Docker images were deleted). ' +
    'Current Windows features (HostProcess containers, Hyper-V isolation through RuntimeClass, recent Windows Server builds) need containerd.',
  fix: {
    newPool: 'Create Windows node pools (or nodes) that use containerd and move the workloads to them.',
    selfManaged: 'On self-managed nodes install containerd, point the kubelet at npipe:////./pipe/containerd-containerd, and drain the node while switching.',
    removeDocker: 'Remove the Docker-based nodes once the workloads run elsewhere.',
  },
  messages: {
    node: 'Node {node} runs {runtime}; Windows nodes should run containerd.',
  },
  references: ['https://kubernetes.io/blog/2022/02/17/dockershim-faq/', 'https://github.com/Azure/AKS/pull/3687'],
  symptoms: [
    'can we still use Docker on Windows nodes',
    'AKS Windows docker node pool scaling fails',
    'migrate Windows nodes from Docker to containerd',
    'the Windows node still runs Docker and the new Kubernetes version dropped dockershim',
    'kubelet fails to start on the Windows node after upgrading because Docker is no longer supported',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const runtime = node.node.status?.nodeInfo?.containerRuntimeVersion ?? '';
      if (!node.build || !runtime.startsWith('docker://')) continue;
      findings.push(makeFinding(rule, nodeTarget(node.node), message('node', { node: node.name, runtime }), [{ source: 'node', text: `containerRuntimeVersion: ${runtime}` }]));
    }
    return findings;
  },
});

export default rule;

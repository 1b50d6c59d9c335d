import type { KNode } from '../kube/types.js';

/**
 * The pod network (CNI) a node says it uses, read from what the network plugins themselves write
 * on the Node object. Undefined when the node does not say: a guess from the cloud or the
 * build would be wrong often enough to mislead.
 */
export function cniFromNode(node: KNode): string | undefined {
  const annotations = node.metadata.annotations ?? {};
  const labels = node.metadata.labels ?? {};
  const allocatable = node.status?.allocatable ?? {};

  const flannelBackend = annotations['flannel.alpha.coreos.com/backend-type'];
  if (flannelBackend !== undefined) return flannelBackend ? `flannel (${flannelBackend})` : 'flannel';
  if (Object.keys(annotations).some((key) => key.startsWith('projectcalico.org/'))) return 'calico';
  if (Object.keys(annotations).some((key) => key.startsWith('io.cilium.'))) return 'cilium';
  if (Object.keys(annotations).some((key) => key.startsWith('node.antrea.io/'))) return 'antrea';
  if (labels['kubernetes.azure.com/azure-cni-overlay'] === 'true') return 'azure-cni (overlay)';
  const podNetwork = labels['kubernetes.azure.com/podnetwork-type'];
  if (podNetwork) return `azure-cni (${podNetwork})`;
  if ('vpc.amazonaws.com/PrivateIPv4Address' in allocatable) return 'amazon-vpc-cni';
  return undefined;
}

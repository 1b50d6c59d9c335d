import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点的 Pod IP 网段已耗尽',
    'explanation': '每个节点从自己的网段中分配 Pod 地址。网段被用完时（通常是因为已删除 Pod 的地址从未释放：HNS 端点或 IPAM 记录泄漏），沙箱创建会以 "failed to allocate for range" 失败，新 Pod 一直停留在 ContainerCreating，而实际运行的 Pod 寥寥无几。',
    'fix.compareRunningPods': '将节点上运行的 Pod 数与其 Pod 网段大小进行对比（kubectl get node <node> -o jsonpath="{.spec.podCIDR}"）。',
    'fix.drainNodeKubectl': '排空节点（kubectl drain <node> --ignore-daemonsets）。',
    'fix.removeStaleHns': '删除失效的 HNS 端点（hnsdiag list endpoints / hnsdiag delete endpoints <id>）以及 host-local IPAM 状态（c:\\var\\lib\\cni 或 c:\\var 下的 networks 目录）。',
    'fix.restartContainerRuntime': '重启容器运行时和 kubelet，然后对节点执行 uncordon。',
    'why.hostLocalIpam': 'host-local IPAM 在节点 Pod 网段中找不到空闲地址',
    'why.everyAddressNode': '节点 Pod 网段中的每个地址都被记录为已占用',
    'why.ipamPluginHas': 'IPAM 插件已没有可分配给该节点的空闲 Pod 地址',
    'msg.podOnNode': 'Pod {pod} 拿不到 IP 地址：节点 {node} 的 Pod 网段已耗尽。',
    'msg.pod': 'Pod {pod} 拿不到 IP 地址：其所在节点的 Pod 网段已耗尽。',
    'msg.podCidr': '节点 {node} 的 podCIDR 为 {cidr}；绑定到该节点的 Pod 有 {count} 个',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'eee884cf87',
    'explanation': '94b123d8d2',
    'fix.compareRunningPods': '3715845a99',
    'fix.drainNodeKubectl': '08ad4d2152',
    'fix.removeStaleHns': '3a050a6b8f',
    'fix.restartContainerRuntime': '686e0f4148',
    'why.hostLocalIpam': '959b5454a7',
    'why.everyAddressNode': 'bcfd6debf1',
    'why.ipamPluginHas': 'fc5d78ac8f',
    'msg.podOnNode': '0f9fe0d2e0',
    'msg.pod': '5f7dbd32a4',
    'msg.podCidr': '20499c9fbb',
  },
});

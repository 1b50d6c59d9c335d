import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 节点或其 Pod 无法访问云元数据端点',
    'explanation': '云元数据（169.254.169.254）必须通过主机路由、从节点自身的地址访问。在 Windows 上创建第一个 HNS 网络可能会删除这条路由，而 Pod 的流量不会被 NAT 成节点 IP，因此 kubelet 的云提供商、CSI 驱动以及 Pod 中的 SDK 无法读取实例元数据或凭据。',
    'fix.restoreRoute': '在节点上检查这条路由（Get-NetRoute -DestinationPrefix 169.254.169.254/32），缺失时在主机网卡上重新添加；让节点初始化脚本在创建 HNS 网络后重新添加它。',
    'fix.natForPods': '对于 Pod，把访问元数据的流量 NAT 成节点 IP（像 Azure CNI 和 CAPZ 那样，在 CNI 配置中使用 OutBoundNAT 或基于目标的策略），或把元数据客户端作为 HostProcess 容器运行。',
    'fix.checkProxy': '如果配置了 HTTP 代理，把 169.254.169.254 加入 NO_PROXY，避免元数据请求被发给代理。',
    'why.instanceMetadata': '云元数据端点没有应答；在 Windows 上常见原因是缺少主机路由，或 Pod 流量没有 NAT 到节点',
    'why.imdsTimeout': '无法访问实例元数据服务',
    'msg.pod': 'Pod {pod} 无法从 Windows 节点读取云元数据端点（169.254.169.254）。',
    'msg.node': '{node} 上的 kubelet 或代理无法读取云元数据端点（169.254.169.254）。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '211b427c29',
    'explanation': '906e8a42d8',
    'fix.restoreRoute': '1d10bb8554',
    'fix.natForPods': '94a8978c2f',
    'fix.checkProxy': 'b46bcdc984',
    'why.instanceMetadata': '0683368c97',
    'why.imdsTimeout': '0acc02121d',
    'msg.pod': 'fbc8123c59',
    'msg.node': '45dbfd3bc1',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '从 Windows 节点或其 Pod 无法访问云元数据端点',
    'explanation': '云实例元数据(169.254.169.254)只通过主机路由响应，在 Azure 上还只响应节点自身的 IP 地址。在 Windows 节点上创建第一个 HNS 网络可能会删除这条路由，而且除非有策略做 NAT，Pod 的流量是以 Pod IP 而不是节点 IP 发出的。因此 kubelet 的云提供程序调用、CSI 驱动、凭据提供程序以及 Pod 中的云 SDK 都无法获取元数据或令牌。',
    'fix.checkFromNode': '在节点上检查路由和端点：运行 route print 169.254.169.254，然后对云的元数据 URL 执行 Invoke-RestMethod(Azure 需要 Metadata: true 请求头)。',
    'fix.restoreRoute': '如果路由缺失，将其指向节点的默认网关重新添加(New-NetRoute -DestinationPrefix 169.254.169.254/32)，并让节点设置在 CNI 网络创建后重新添加它。',
    'fix.natPodTraffic': '对于 Pod 中的客户端，要么以 HostProcess 容器运行，要么添加一条 CNI 策略，把发往 169.254.169.254 的流量 NAT 到节点 IP(OutBoundNAT 的目标例外，或在 CNI 支持时使用 loopback DSR 类策略)。',
    'fix.preferIdentity': '如果平台提供，给 Pod 使用工作负载标识，而不是从元数据服务读取节点凭据。',
    'msg.pod': '{node} 上的 Pod {pod} 无法访问云元数据端点。',
    'msg.node': '{node} 上的 kubelet 无法访问云元数据端点。',
    'why.instanceMetadataFailed': '客户端无法获取虚拟机的实例元数据',
    'why.imdsNoAnswer': '实例元数据服务(IMDS)没有响应',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '211b427c29',
    'explanation': '43e315fc03',
    'fix.checkFromNode': '2bd9ce986e',
    'fix.restoreRoute': 'd25dbbea77',
    'fix.natPodTraffic': '96ff82fb8d',
    'fix.preferIdentity': '94eaf4eecb',
    'msg.pod': 'd0b6d1351f',
    'msg.node': 'b0f5ab768e',
    'why.instanceMetadataFailed': '1600da16c4',
    'why.imdsNoAnswer': '0abba8e70d',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '不支持从 Windows Pod ping 集群外部地址',
    'explanation': 'Windows Pod 只有针对 TCP 和 UDP 的出站 NAT 规则；发往集群网络之外的 ICMP 没有下发规则，因此 ping 失败而实际业务流量正常。所以 Windows Pod 中 ping 失败并不能说明连通性有问题。',
    'fix.testExternalConnectivity': '改用 TCP 测试外部连通性：curl.exe <address>，或在 PowerShell 镜像中执行 Test-NetConnection <address> -Port 443。',
    'fix.replacePingBased': '把基于 ping 的健康检查或就绪检查改为 TCP 或 HTTP 探针。',
    'fix.ifTcpAlso': '如果 TCP 也失败，检查 CNI 的 OutBoundNAT ExceptionList（见 outbound-nat-exceptionlist）。',
    'why.windowsPingPod': '从 Pod 内执行 Windows ping 没有应答：Windows Pod 的出站 ICMP 没有下发规则',
    'why.everyWindowsPing': 'Windows ping 全部丢包，对于离开 Windows Pod 的 ICMP 来说这是预期行为',
    'why.windowsPingOutput': 'Windows ping 的输出；Windows Pod 不支持向外部地址发送 ICMP',
    'msg.pod': '从 {pod} ping {host} 失败，而对同一地址的 TCP 正常：在 Windows Pod 中 ping 不能用来测试连通性。',
    'msg.icmpFailed': '对 {target} 的 ICMP 回显失败',
    'msg.tcpSucceeded': '到 {target} 的 TCP 连接成功',
    'msg.tcpSucceededDetail': '到 {target} 的 TCP 连接成功（{detail}）',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'd98e1e23cd',
    'explanation': '3d5d87f871',
    'fix.testExternalConnectivity': '224b105719',
    'fix.replacePingBased': '729c639322',
    'fix.ifTcpAlso': 'ca7cb429fd',
    'why.windowsPingPod': 'a31c3f18a0',
    'why.everyWindowsPing': '92fd61e2f4',
    'why.windowsPingOutput': '46f30fa465',
    'msg.pod': '0adfff5337',
    'msg.icmpFailed': '8c25d26ded',
    'msg.tcpSucceeded': 'a5e1af9dd9',
    'msg.tcpSucceededDetail': '78fc833473',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '防火墙阻止了 Windows 节点的 kubelet 端口',
    'explanation': 'API 服务器通过 TCP 10250 连接 kubelet，以支持 kubectl logs、exec、attach、port-forward 和指标采集。如果节点上的 Windows 防火墙（或其前面的安全组 / NSG）没有该端口的入站规则，针对 Windows 节点上 Pod 的这些调用会超时，而 Pod 本身运行正常。',
    'fix.openPort': '在节点上放行入站 TCP 10250（New-NetFirewallRule -DisplayName kubelet -Direction Inbound -Protocol TCP -LocalPort 10250 -Action Allow），并让节点初始化流程添加这条规则。',
    'fix.checkCloudRules': '检查控制平面与 Windows 节点之间的安全组 / NSG 是否也放行了 TCP 10250。',
    'fix.retest': '再次对该节点上的 Pod 执行 kubectl logs 或 kubectl exec。',
    'why.kubeletPortTimeout': 'API 服务器无法连接到节点的 kubelet 端口，通常是缺少防火墙规则',
    'msg.pod': 'Pod {pod} 报告到 10250 端口上 kubelet 的连接超时；节点上（或其前面）的防火墙阻止了 kubelet 端口。',
    'msg.node': '到 {node} 上 kubelet 10250 端口的连接超时；节点上（或其前面）的防火墙阻止了 kubelet 端口。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '77d5d78b33',
    'explanation': '9d98e34312',
    'fix.openPort': '82c0ef2e2c',
    'fix.checkCloudRules': 'ed1943a694',
    'fix.retest': 'cf51ea76f5',
    'why.kubeletPortTimeout': '6efea6cf15',
    'msg.pod': 'e6a360aa98',
    'msg.node': 'f9b61f5de1',
  },
});

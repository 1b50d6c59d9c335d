import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '从 Windows 节点到集群 DNS Pod 的 DNS 流量被阻断',
    'explanation': 'Windows 节点往往属于与运行 CoreDNS 的 Linux 节点不同的节点组，安全组或 NSG 也不同。如果 Linux 节点的规则不接受来自 Windows 节点的 DNS（UDP 和 TCP 53）或 Pod 流量，Linux Pod 解析正常，而 Windows Pod 的每次解析都会超时，Windows Pod 访问其他 Service 的流量却仍然正常。',
    'fix.allowDns': '在安全组 / NSG 的两个方向上，放行从 Windows 节点组到运行 CoreDNS 的节点的 UDP 和 TCP 53（以及 Pod / 覆盖网络流量）。',
    'fix.sameGroup': '或者像托管节点组那样，把 Windows 和 Linux 节点组放进同一个共享安全组。',
    'fix.retest': '在 Windows Pod 中再次解析 kubernetes.default.svc.cluster.local 和一个外部名称。',
    'msg.pod': 'Pod {pod} 能访问其他 Service，却无法通过集群 DNS 解析名称；从它所在节点到 CoreDNS Pod 的 DNS 流量很可能被阻断。',
    'msg.dnsFails': '{target} 无法解析',
    'msg.tcpWorks': '{target} 可以访问',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '83d2522938',
    'explanation': 'e73f98d3ec',
    'fix.allowDns': '46fd0304a3',
    'fix.sameGroup': 'be6c79111f',
    'fix.retest': '42b8c7508d',
    'msg.pod': '0faba81399',
    'msg.dnsFails': 'd4848635bd',
    'msg.tcpWorks': '120f9c1338',
  },
});

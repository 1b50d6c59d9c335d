import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '启用 DSR 时 Pod 无法通过自己的 Service 访问自身',
    'explanation': '在 kube-proxy 中启用 Direct Server Return(DSR)后，如果 Windows Pod 调用 Service VIP 并被负载均衡回到自己，除非 CNI 配置启用了 loopbackDSR，否则这些流量会被丢弃。落到其他后端的调用都能成功，因此有 N 个后端时大约每 N 次调用失败一次，看起来像随机故障；只有一个副本时，对该 Service 的每次调用都会失败。',
    'fix.enableLoopbackDsr': '在 Windows 节点的 CNI 网络配置(win-bridge、win-overlay、sdnbridge 或 sdnoverlay)中设置 "loopbackDSR": true，然后重建这些节点上的 Pod，使其端点获得该策略。',
    'fix.checkSupport': '确认 CNI 插件版本和 Windows 版本支持 loopback DSR(azure-vnet 从 1.4.16 起支持，设置名为 enableLoopbackDSR；Windows Server 2019 从 10.0.17763.1432 起)；更早的版本会忽略或拒绝该设置。',
    'fix.disableDsr': '如果无法使用 loopback DSR，在 kube-proxy 中关闭 DSR(--enable-dsr=false)并重启 kube-proxy，接受非 DSR 的数据路径。',
    'fix.avoidSelfCalls': '在此之前，让应用通过 localhost 调用自己，而不是通过自己的 Service。',
    'msg.kubeProxyDsr': 'kube-proxy 使用 Direct Server Return 进行负载均衡({flags})',
    'msg.oldPlugin': 'CNI 插件 {plugin} {version} 早于 {minimum}，后者是第一个能为 Pod 端点添加 loopback DSR 策略的版本',
    'msg.selfBackend': 'Pod {pod}({ip}) 是 {vips} 的 DSR 负载均衡器的后端',
    'msg.moreBackends': '另有 {count} 个本地 Pod 是 DSR 负载均衡器的后端',
    'msg.node': '{node} 上的 Pod 无法通过自己的 Service 访问自身：kube-proxy 使用 DSR，而 CNI 插件({plugin} {version})无法添加 loopback DSR 策略。',
    'msg.loopbackOff': "CNI 配置 {path}（{plugin}）未开启环回 DSR（{setting} 不是 true）",
    'msg.servicePods': "Service {service} 选中了此节点上的 {pods}",
    'msg.moreServices': "还有 {count} 个 Service 选中了此节点上的 Pod",
    'msg.configOff': "{node} 上的 Pod 无法通过自己的 Service 访问自身：kube-proxy 使用 DSR，而 CNI 配置未开启环回 DSR。",
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'af96080cbf',
    'explanation': '984bc0867f',
    'fix.enableLoopbackDsr': 'a2a6859564',
    'fix.checkSupport': '201bede465',
    'fix.disableDsr': '0426daf975',
    'fix.avoidSelfCalls': 'd6f96cbb38',
    'msg.kubeProxyDsr': '14ce9b3e25',
    'msg.oldPlugin': 'f376d46e5a',
    'msg.selfBackend': '6445033f15',
    'msg.moreBackends': 'f499e93081',
    'msg.node': 'dd2c29e829',
    'msg.loopbackOff': 'f00d14f2d3',
    'msg.servicePods': '6b03ec7045',
    'msg.moreServices': '02a2ab7e72',
    'msg.configOff': '9f957893db',
  },
});

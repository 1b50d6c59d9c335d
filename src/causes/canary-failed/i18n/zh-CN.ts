import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '该 Windows 内部版本的金丝雀 Pod 未能启动或无法访问集群',
    'explanation': 'windbg 为每个 Windows 内部版本调度一个小型 nanoserver Pod，并在其中测试集群 DNS、kubernetes ClusterIP Service 和 API Server。金丝雀 Pod 无法启动或访问不到这些目标，意味着该内部版本节点上的普通 Windows 工作负载也会以同样的方式失败。',
    'fix.readFailedCheck': '查看失败的检查项及其证据：启动失败（镜像、沙箱、调度）、DNS、ClusterIP 或 API Server。',
    'fix.imageDoesMatch': '镜像与节点内部版本不匹配时，用 --canary-image 传入匹配的镜像。',
    'fix.dnsServiceFailures': '对于 DNS 或 Service 故障，在结果中指出的节点上运行 `kubectl windbg node <node> --probe`。',
    'msg.failed': '{node} 上的 {product} 金丝雀 Pod 检查失败：{checks}。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '967ce22665',
    'explanation': '19b97f843b',
    'fix.readFailedCheck': '6cd5d7af3c',
    'fix.imageDoesMatch': '24065f1dcc',
    'fix.dnsServiceFailures': '4776f6cae4',
    'msg.failed': '231e852b31',
  },
});

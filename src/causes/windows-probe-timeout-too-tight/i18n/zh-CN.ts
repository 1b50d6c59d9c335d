import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '存活探针对 Windows 容器来说过于严格',
    'explanation': 'Windows 容器的启动和响应都比 Linux 慢：进程创建、网络准备和基于 PowerShell 的检查都需要时间，节点繁忙时更慢。照搬 Linux 的探针设置会让健康的容器也失败；kubelet 停止容器后，它以 STATUS_CONTROL_C_EXIT(3221225786，也显示为 -1073741510)退出并反复重启。',
    'fix.addStartupProbe': '添加允许实际启动时间的 startupProbe(failureThreshold × periodSeconds)，让存活检查在程序启动后才开始。',
    'fix.raiseTimeouts': '为 Windows 提高存活探针的 timeoutSeconds 和 failureThreshold(几十秒而不是 1~3 秒)。',
    'fix.cheapProbe': '优先使用 httpGet 或 tcpSocket 探针；每次启动 PowerShell 的 exec 探针都要花好几秒。',
    'msg.stopped': '容器 {container} 以 {code} 被停止(重启次数：{restarts})',
    'msg.budget': '容器 {container} 有存活探针但没有 startupProbe：若一直不成功，约 {seconds} 秒后被终止(超时 {timeout} 秒)',
    'msg.pod': 'Pod {pod} 因 Windows 容器无法及时满足的存活探针而被重启。',
    'why.livenessKilled': '存活探针失败，kubelet 重启了容器',
    'why.probeTimedOut': '探针未在超时时间内响应',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '65cd34ee79',
    'explanation': '63543b6948',
    'fix.addStartupProbe': '0b29b8da80',
    'fix.raiseTimeouts': '44e81e5a55',
    'fix.cheapProbe': '4852be5ddd',
    'msg.stopped': 'd805ea9202',
    'msg.budget': 'e660653bba',
    'msg.pod': '672fb45f1e',
    'why.livenessKilled': '627801904f',
    'why.probeTimedOut': '50d76503c6',
  },
});

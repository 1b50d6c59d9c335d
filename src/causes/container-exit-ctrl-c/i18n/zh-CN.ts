import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '容器因停止请求而结束（STATUS_CONTROL_C_EXIT）',
    'explanation': '退出码 3221225786（0xC000013A STATUS_CONTROL_C_EXIT，也显示为 -1073741510）表示进程不是崩溃，而是收到 CTRL+C 或关机信号后结束。在 Kubernetes 中，这个信号来自 kubelet 停止容器：Pod 被删除或更新、探针失败、Pod 被驱逐或抢占，或节点被腾空（drain）。退出码只是停止留下的痕迹，停止的原因要看前后的事件。',
    'fix.readStopEvents': '查看退出前的 Pod 事件（Killing、Unhealthy、Evicted、Preempting）和节点事件，弄清是谁停止了容器。',
    'fix.fixStopReason': '解决这个原因：调整不适合 Windows 慢启动的探针设置，处理引发驱逐的内存或磁盘压力；如果是预期的滚动更新或腾空，则无需处理。',
    'fix.handleShutdown': '如果停止是预期的，让程序处理控制台关机事件并在 terminationGracePeriodSeconds 内正常退出，这样退出就不会被当成故障。',
    'msg.stopped': '容器 {container} 以 {code} 结束（重启次数：{restarts}）',
    'msg.pod': 'Pod {pod} 因请求而被停止（STATUS_CONTROL_C_EXIT）；事件显示了是谁停止了它。',
    'why.exitCodeCtrlC': '进程以停止请求的代码 STATUS_CONTROL_C_EXIT（0xC000013A）结束',
    'why.controlCExitName': '状态指出 Windows 进程因 CTRL+C/关机事件而结束',
  },
  sources: {
    'title': '99fcb819ad',
    'explanation': 'ad31ef4cb8',
    'fix.readStopEvents': 'fd7149775c',
    'fix.fixStopReason': 'f700fd5aaf',
    'fix.handleShutdown': '2a8f9032f0',
    'msg.stopped': '41e388133e',
    'msg.pod': '62d5bb1385',
    'why.exitCodeCtrlC': 'fb30e190e2',
    'why.controlCExitName': '7862f9e459',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Pod 频繁创建和删除使 Windows 容器运行时不堪重负(PLEG not healthy)',
    'explanation': '创建和删除 Windows 容器比 Linux 昂贵得多：每次都需要计算系统、网络端点，往往还要一个大镜像。当一个节点上同时创建或删除大量 Pod 时，运行时对 kubelet 的响应变慢，Pod 生命周期事件生成器(PLEG)落后数分钟，节点变为 NotReady，直到负载下降或重启节点。',
    'fix.limitChurn': '限制一个 Windows 节点上同时启动或停止的 Pod 数量(滚动更新的 maxSurge/maxUnavailable、作业并行度、批量大小)。',
    'fix.spreadLoad': '把工作负载分散到更多 Windows 节点，或使用 CPU 和磁盘有余量的更大节点。',
    'fix.reserve': '用 kube-reserved/system-reserved 为系统预留 CPU 和内存，使 kubelet、containerd 和 HNS 跟得上。',
    'fix.checkAntivirus': '将容器运行时的文件夹和进程排除在实时防病毒扫描之外；扫描会使每次容器启动的开销成倍增加。',
    'msg.node': '节点 {node} 报告 PLEG not healthy：其容器运行时跟不上。',
    'msg.recent': '此节点上有 {count} 个 Pod 是在最近一小时内创建的',
    'why.plegUnhealthy': 'kubelet 已有数分钟未收到容器运行时的响应',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b7f6da9b92',
    'explanation': 'cca5aceb53',
    'fix.limitChurn': '1ccd3d7ba2',
    'fix.spreadLoad': '0c90e835fd',
    'fix.reserve': 'b16bc0b6d6',
    'fix.checkAntivirus': '786e483730',
    'msg.node': 'a86630e11d',
    'msg.recent': '08619afbb1',
    'why.plegUnhealthy': 'cb1ef0161c',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '集群的 CNI 没有 Windows 数据平面',
    'explanation': '有些网络插件只能在 Linux 上运行：Cilium（包括 Azure CNI powered by Cilium）、kube-router、Weave Net、kindnet。它们的代理 DaemonSet 要么被调度到 Windows 节点上并因缺少所需的 Linux 主机路径、内核功能和二进制文件而失败，要么跳过 Windows 节点；无论哪种情况，Windows 节点上都没有组件配置 Pod 网络，Windows Pod 一直停留在 ContainerCreating。',
    'fix.chooseWindowsCni': '在有 Windows 节点的集群中使用具备 Windows 数据平面的网络插件（Azure CNI、Calico、Flannel、Antrea，EKS 上的 Amazon VPC CNI）；AKS 上的 Azure CNI powered by Cilium 不支持 Windows 节点池。',
    'fix.keepAgentsOnLinux': '给仅支持 Linux 的网络 DaemonSet 设置 nodeSelector kubernetes.io/os: linux，使其不再被调度到 Windows 节点并在那里失败。',
    'fix.recreatePods': '支持 Windows 的插件在节点上运行后，删除卡住的 Windows Pod，让它们带着网络重新创建。',
    'msg.agent': 'Pod {pod} 在这个 Windows 节点上运行仅支持 Linux 的网络代理 {containers}',
    'msg.node': 'Windows 节点 {node} 运行着没有 Windows 数据平面的网络插件代理；其上的 Pod 得不到网络。',
    'why.agentHostPathMissing': 'Linux 网络代理要求 Windows 节点上不存在的 Linux 主机路径',
    'why.linuxOnlyCniNamed': '文本把没有 Windows 数据平面的网络插件与 Windows 一起提及',
  },
  sources: {
    'title': 'dc00a7dd7d',
    'explanation': '6af5deaef9',
    'fix.chooseWindowsCni': '8dbbba5516',
    'fix.keepAgentsOnLinux': 'de69884978',
    'fix.recreatePods': '470502f71d',
    'msg.agent': '403ad7c986',
    'msg.node': 'd800418b05',
    'why.agentHostPathMissing': '19b8bfc1d0',
    'why.linuxOnlyCniNamed': 'd22859770d',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 节点仍在使用已停用的 Docker 运行时',
    'explanation': 'kubelet 在 Kubernetes 1.24 中移除了内置的 Docker 支持(dockershim)；仍报告 docker:// 运行时的 Windows 节点依赖外部的 cri-dockerd 适配器。AKS 已于 2023 年 5 月 1 日停用 Windows 节点池中的 Docker(扩缩容和创建会失败，其 Windows 2019 Docker 镜像已删除)。当前的 Windows 功能(HostProcess 容器、通过 RuntimeClass 的 Hyper-V 隔离、较新的 Windows Server 版本)都需要 containerd。',
    'fix.newPool': '创建使用 containerd 的 Windows 节点池(或节点)，并把工作负载迁移过去。',
    'fix.selfManaged': '在自管节点上安装 containerd，让 kubelet 指向 npipe:////./pipe/containerd-containerd，切换期间排空节点。',
    'fix.removeDocker': '工作负载迁移完成后，移除基于 Docker 的节点。',
    'msg.node': '节点 {node} 运行 {runtime}；Windows 节点应使用 containerd。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '3893d1feb3',
    'explanation': 'fe15ca80a1',
    'fix.newPool': 'b31aa6bc03',
    'fix.selfManaged': 'ba592e6ffb',
    'fix.removeDocker': '03ac71f034',
    'msg.node': '9956cec5be',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 节点内存可能被超额使用（未预留内存或未设上限）',
    'explanation': 'Windows 没有 OOM killer，Windows 节点也从不报告 MemoryPressure。当 Pod 使用的内存超过节点拥有的内存时，Windows 会换页到磁盘，包括 kubelet 在内的整个节点都会变慢。节点应为系统预留内存（用 --kube-reserved / --system-reserved 预留约 2 GiB），每个容器都应设置内存上限，最好与其 request 相等。',
    'fix.reserveMemoryEvery': '在每个 Windows 节点上预留内存：以 --system-reserved=memory=2Gi（和/或 --kube-reserved）启动 kubelet，或在 kubelet 配置中设置 systemReserved/kubeReserved。',
    'fix.giveEveryWindows': '为每个 Windows 容器设置 resources.limits.memory，尽可能与 resources.requests.memory 相等。',
    'fix.useLimitrangeNamespaces': '在运行 Windows 工作负载的命名空间中使用 LimitRange，为没有设置上限的容器提供默认值。',
    'msg.node': '节点 {node} 在 {capacity} 内存中只为系统预留了 {reserved}；Pod 可以占满全部内存，Windows 会换页而不是驱逐 Pod。',
    'msg.capacity': '内存 capacity {capacity}，allocatable {allocatable}',
    'msg.noMemoryPressure': 'Windows 节点从不报告 MemoryPressure，kubelet 无法自行保护节点',
    'msg.pod': 'Pod {pod} 中有容器没有设置内存上限；在 Windows 节点上，没有任何机制能阻止它们超额使用节点内存。',
    'msg.noLimit': '容器 {container}：未设置 resources.limits.memory',
    'msg.noLimitWithRequest': '容器 {container}：未设置 resources.limits.memory（requests 为 {request}）',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '2dd4669433',
    'explanation': 'e921003bce',
    'fix.reserveMemoryEvery': '52cfa68ade',
    'fix.giveEveryWindows': '64fc5d1a0d',
    'fix.useLimitrangeNamespaces': '60d5614a99',
    'msg.node': '80b171c341',
    'msg.capacity': 'f265e50633',
    'msg.noMemoryPressure': '43f1fe13da',
    'msg.pod': '44efb91018',
    'msg.noLimit': '6999be0260',
    'msg.noLimitWithRequest': '0f02b6c4de',
  },
});

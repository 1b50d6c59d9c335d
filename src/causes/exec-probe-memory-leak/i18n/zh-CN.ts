import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 节点上的 exec 探针泄漏内存，或已无法启动',
    'explanation': '在 Windows 上，每次执行 exec(命令)探针时，都会通过运行时的 shim 和 Host Compute Service(vmcompute)在容器内启动一个进程。这条路径上曾有两处泄漏：1.6.13 之前的 containerd 1.6 所带的 shim 每次 exec 都会占住一些内存，因此运行着频繁命令探针的容器的节点会逐渐失去内存；另外，当 vmcompute 无法启动探针进程时("The RPC server is unavailable")，每次失败的尝试都会在 vmcompute 自身泄漏内存。无法启动的探针不算作失败的探针，所以 kubelet 不会重启该容器：Pod 带着坏掉的探针一直处于 Running，而节点不断失去内存。',
    'fix.upgradeContainerd': '在 Windows 节点上运行 containerd 1.6.13 或更高版本；在托管服务上，换用包含它的节点镜像。',
    'fix.updateWindows': '让 Windows 节点保持最新的累积更新，其中包含 vmcompute 针对进程启动失败的修复。',
    'fix.restartStuckPods': '删除 exec 探针已无法启动的 Pod，kubelet 不会替你这样做。如果节点内存不足，先驱逐再重启节点，以收回泄漏的内存。',
    'fix.preferHttpProbes': '在应用允许的情况下，用 httpGet 或 tcpSocket 探针代替 exec 探针，或降低探测频率，以减少在容器内启动的进程。',
    'why.probeCannotStart': 'kubelet 连 exec 探针都无法启动：Host Compute Service 拒绝创建其进程',
    'why.createProcessRpc': '由于 Host Compute Service 没有应答，在容器内创建进程失败',
    'msg.pod': 'Pod {pod} 的 exec 探针无法启动：kubelet 不会因此重启容器，而每次尝试都会在节点的 Host Compute Service 中泄漏内存。',
    'msg.shimLeak': '{node} 上的 containerd {version} 每运行一次 exec 探针，其 Windows shim 就泄漏一些内存(此处带 exec 探针的 Pod：{count})；已在 {fixed} 中修复。',
    'msg.execProbes': 'Pod {pod} 带有 exec {probes}',
    'msg.moreExecProbes': '该节点上另有 {count} 个带 exec 探针的 Pod',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'd3e9e7c28a',
    'explanation': '94ee19cc8f',
    'fix.upgradeContainerd': 'e09aaafe7c',
    'fix.updateWindows': '89dd788171',
    'fix.restartStuckPods': '4b2fe81980',
    'fix.preferHttpProbes': '48e026bfd0',
    'why.probeCannotStart': 'b667844afc',
    'why.createProcessRpc': 'dbc9e7df13',
    'msg.pod': '71c45e50d8',
    'msg.shimLeak': 'f98d8f215d',
    'msg.execProbes': 'a4ba9754c6',
    'msg.moreExecProbes': 'b419147a9a',
  },
});

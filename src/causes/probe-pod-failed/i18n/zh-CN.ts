import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'windbg 探测 Pod 无法在该节点上运行',
    'explanation': 'windbg 在一个固定到节点、短暂存在的 HostProcess Pod 中运行节点探测。该 Pod 没有启动，因此该节点的探测数据未知。常见原因有：节点拉取不到镜像（离线镜像仓库、代理）、命名空间的 Pod Security 级别拒绝 HostProcess Pod，或者集群或容器运行时版本过旧，不支持 HostProcess 容器（需要 Kubernetes 1.26+、containerd 1.6+）。',
    'fix.readReasonEvidence': '阅读这条结果的原因和证据：镜像拉取、准入、HostProcess 支持还是调度。',
    'fix.behindAirGapped': '使用离线或经代理的镜像仓库时，把探测镜像同步到可访问的仓库，并通过 --probe-image 传入。',
    'fix.runProbeNamespace': '在带有 pod-security.kubernetes.io/enforce=privileged 标签的命名空间中运行探测（--probe-namespace）。',
    'fix.upgradeKubernetesContainerd': '升级到 Kubernetes 1.26+，并在节点上使用 containerd 1.6+，以运行 HostProcess 容器。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '80e7a0ebd5',
    'explanation': 'e6cc8cb1bf',
    'fix.readReasonEvidence': '1d884c6427',
    'fix.behindAirGapped': 'fd13329a8c',
    'fix.runProbeNamespace': 'e65e35b510',
    'fix.upgradeKubernetesContainerd': '8fba7509df',
  },
});

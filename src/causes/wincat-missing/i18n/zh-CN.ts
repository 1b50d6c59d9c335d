import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kubectl port-forward 失败：pause 镜像中缺少 wincat.exe',
    'explanation': '在 Windows 上，kubectl port-forward 由 wincat.exe 承载，它必须位于 pause（沙箱）镜像中。该功能随 Kubernetes 1.15 提供；使用更早的 Kubernetes，或者自行构建且不含 wincat.exe 的 pause 镜像时，port-forward 会以 "wincat not found" 失败。',
    'fix.useSupportedKubernetes': '使用受支持的 Kubernetes 版本（Windows 节点上为 1.15 或更高版本）。',
    'fix.useCurrentPause': '使用附带 wincat.exe 的较新 pause 镜像作为沙箱镜像，例如 registry.k8s.io/pause:3.9 或更新版本，或者 mcr.microsoft.com/oss/kubernetes/pause:3.9 或更新版本。',
    'fix.ifYouBuild': '如果自行构建 pause 镜像，把 wincat.exe 复制进去（参见 Kubernetes 仓库中的 pause 镜像源码）。',
    'why.portForwardingWindows': '到 Windows Pod 的端口转发要在 pause 容器内运行 wincat.exe，而容器里没有它',
    'why.runtimeCouldStart': '运行时无法在 pause 容器中启动 wincat.exe',
    'why.kubectlPortForward': 'kubectl port-forward 在节点一侧失败',
    'msg.pod': '到 Pod {pod} 的端口转发失败：pause 镜像中没有 wincat.exe。',
    'msg.node': '到节点 {node} 上 Pod 的端口转发失败：pause 镜像中没有 wincat.exe。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '7d5535288e',
    'explanation': 'b2c060b56a',
    'fix.useSupportedKubernetes': '46753643ec',
    'fix.useCurrentPause': '623c4b7632',
    'fix.ifYouBuild': 'd75501e8c0',
    'why.portForwardingWindows': '1ce34841e7',
    'why.runtimeCouldStart': '8ade0d88ad',
    'why.kubectlPortForward': '50a0a4a86f',
    'msg.pod': 'c4f04ea5e9',
    'msg.node': 'e4afb7f154',
  },
});

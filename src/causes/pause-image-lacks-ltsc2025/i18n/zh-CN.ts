import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '沙箱(pause)镜像没有 Windows Server 2025 变体',
    'explanation': 'registry.k8s.io/pause 3.10 和 3.10.1 没有 Windows Server 2025(版本 26100)变体，3.10.2 才加入，并保留了之前的所有变体。在 2025 节点上，旧的 pause 镜像与主机不匹配：Hyper-V 隔离下，containerd 用 pause 镜像启动 Server 2022 实用工具 VM，随后无法挂载 2025 的应用层而失败(HCS_E_IMAGE_MISMATCH)；进程隔离下沙箱无法启动。',
    'fix.setSandboxImage': '将 containerd 的沙箱镜像设为 registry.k8s.io/pause:3.10.2 或更新版本(plugins."io.containerd.grpc.v1.cri".sandbox_image，或节点引导程序固定的镜像)。',
    'fix.prePull': '在每个 Windows Server 2025 节点上预先拉取新的 pause 镜像并重启 containerd。',
    'fix.upgradeRuntime': '或者迁移到默认沙箱镜像为 3.10.2 或更新版本的 containerd 发行版。',
    'msg.oldPause': '{image} 没有 Windows Server 2025 变体(首个包含它的版本：{minimum})',
    'msg.onNode': '节点 {node} 运行 {build}',
    'msg.pod': 'Pod {pod} 因 pause 镜像缺少 2025 变体而无法在 Windows Server 2025 上创建沙箱。',
    'why.imageMismatchSandbox': '由于 Windows 版本不匹配，计算服务拒绝了沙箱或其实用工具 VM',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '58bd5d46c6',
    'explanation': '697d48bbfc',
    'fix.setSandboxImage': '220b73cf88',
    'fix.prePull': 'b69855eac8',
    'fix.upgradeRuntime': '77fd8623d0',
    'msg.oldPause': 'cfc7df7fd5',
    'msg.onNode': '717ee028e2',
    'msg.pod': 'd196d01190',
    'why.imageMismatchSandbox': 'c8ae20fbc3',
  },
});

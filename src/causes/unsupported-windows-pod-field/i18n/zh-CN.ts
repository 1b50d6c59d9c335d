import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Pod spec 使用了 Windows 容器不支持的字段',
    'explanation': '一些面向 Linux 的 Pod 字段对 Windows 容器没有意义：HostProcess 容器以外的特权模式和主机网络、主机 PID/IPC 命名空间、数字形式的用户和组 ID、SELinux 选项、只读根文件系统、capabilities、procMount、内存型 emptyDir、原始块设备、挂载传播、大页以及共享进程命名空间。它们要么被忽略，要么导致 Pod 失败，工作负载的行为与清单所写的不一致。',
    'fix.removeFieldsListed': '从 Windows 工作负载中删除证据中列出的字段（或将其移到清单的 Linux 专用版本中）。',
    'fix.runSpecificWindows': '用 securityContext.windowsOptions.runAsUserName（例如 ContainerUser 或 ContainerAdministrator）指定 Windows 账户运行，代替 runAsUser。',
    'fix.nodeLevelWork': '需要特权或主机网络的节点级任务，使用 HostProcess 容器（windowsOptions.hostProcess: true 加上 hostNetwork: true）。',
    'fix.setSpecOs': '设置 spec.os.name: windows，让 API Server 在准入阶段拒绝仅适用于 Linux 的字段。',
    'msg.hostNetwork': 'spec.hostNetwork: true（只有 HostProcess Pod 才能使用主机网络）',
    'msg.runAsUser': '{field}: {value}（请改用 windowsOptions.runAsUserName）',
    'msg.memoryEmptyDir': '卷 {volume}：emptyDir medium 为 Memory',
    'msg.privileged': '{where}：securityContext.privileged: true（请改用 HostProcess 容器）',
    'msg.podOnNode': 'Pod {pod} 运行在 Windows 节点 {node} 上，却设置了 {count} 个 Windows 容器不支持的字段。',
    'msg.pod': 'Pod {pod} 运行在 Windows 上，却设置了 {count} 个 Windows 容器不支持的字段。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'a866b680d4',
    'explanation': '6eb7e9abf0',
    'fix.removeFieldsListed': '8ed8d254a8',
    'fix.runSpecificWindows': '131ebe72cb',
    'fix.nodeLevelWork': '35d163494c',
    'fix.setSpecOs': '06bca24027',
    'msg.hostNetwork': '5837fdbcb9',
    'msg.runAsUser': 'c1240f9d41',
    'msg.memoryEmptyDir': '4a406849ab',
    'msg.privileged': '997549e19c',
    'msg.podOnNode': '6d69accbd7',
    'msg.pod': '280b62f3b2',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 节点上的 CNI 插件版本存在已知的 Windows 缺陷',
    'explanation': '某些 CNI 插件版本存在仅在 Windows 上出现、后来的版本才修复的缺陷；例如 1.0.16 之前的 azure-vnet 在节点重启后无法设置或拆除 Pod 网络。在这样的版本上，Pod 会一直停留在 ContainerCreating 或无法终止，直到升级插件。',
    'fix.checkRelease': '查看节点上的 CNI 插件版本（插件二进制的版本输出，或 CNI DaemonSet 的镜像）。',
    'fix.upgradePlugin': '把 CNI 插件（以及其依赖组件，如 Antrea 使用的 OVS）升级到包含修复的版本。',
    'fix.restartServices': '重启节点的 CNI 和运行时服务或重启节点，并重新创建卡住的 Pod。',
    'msg.rebootDefect': '节点重启后无法设置或拆除 Pod 网络',
    'msg.release': 'CNI 插件 {plugin} {version} 早于 {fixed}',
    'msg.node': '{node} 上的 CNI 插件（{plugin} {version}）存在已知的 Windows 缺陷：{defect}；已在 {fixed} 中修复。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'f08d5dea78',
    'explanation': '6c02e940b8',
    'fix.checkRelease': '08584e9386',
    'fix.upgradePlugin': '859f3bb5e6',
    'fix.restartServices': '12b946f4b4',
    'msg.rebootDefect': '74afabfe4d',
    'msg.release': '9bd0388e1c',
    'msg.node': '8db7ea81d9',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 节点上 csi-proxy 未运行，或版本对 CSI 驱动来说过旧',
    'explanation': 'Windows 的 CSI 节点插件无法自行格式化或挂载磁盘，而是通过命名管道(\\\\.\\pipe\\csi-proxy-*)请求主机上的 csi-proxy 完成。如果 csi-proxy 未安装、已停止，或只提供比驱动所需更旧的 API 版本，管道就不存在：卷挂载会失败，节点插件也可能在启动时崩溃。',
    'fix.checkService': '在节点上检查 csi-proxy 服务(Get-Service csi-proxy)以及存在哪些管道([System.IO.Directory]::GetFiles("\\\\.\\pipe\\") | Select-String csi-proxy)。',
    'fix.installOrStart': '将 csi-proxy 安装为 Windows 服务并启动，或在每个 Windows 节点上以 HostProcess DaemonSet 部署。',
    'fix.matchVersions': '使用能提供驱动所需 API 版本的 csi-proxy(错误中的管道名会显示版本，例如 filesystem-v1 或 v1beta1)，或将驱动固定到与已安装 csi-proxy 匹配的版本。',
    'fix.restartPlugin': 'csi-proxy 运行后，删除崩溃的节点插件 Pod，使其重新连接。',
    'msg.pod': 'Pod {pod} 无法连接到其节点上的 csi-proxy。',
    'msg.node': '节点 {node} 上的 CSI 操作无法连接到 csi-proxy。',
    'why.csiProxyPipeMissing': 'CSI 驱动尝试打开 csi-proxy 命名管道，但节点上不存在该管道',
    'why.csiProxyPipeNamed': '错误中出现 csi-proxy 的 API 管道名，说明失败的调用发往 csi-proxy',
    'why.driverNotRegistered': 'CSI 节点插件未在此节点注册，在 Windows 上通常是因为缺少 csi-proxy 而崩溃',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b8d2d48027',
    'explanation': '82deb667c4',
    'fix.checkService': 'f9f4ea90c8',
    'fix.installOrStart': '4cf009c09e',
    'fix.matchVersions': '3a11e01a67',
    'fix.restartPlugin': 'c0c3ea7b5b',
    'msg.pod': 'd30896aaa7',
    'msg.node': '100191c7a5',
    'why.csiProxyPipeMissing': 'efb973daee',
    'why.csiProxyPipeNamed': '060089edbe',
    'why.driverNotRegistered': '81d03496bf',
  },
});

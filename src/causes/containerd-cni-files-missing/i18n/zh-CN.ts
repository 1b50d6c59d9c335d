import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd 找不到 CNI 配置或插件二进制文件',
    'explanation': 'Windows 上的 containerd 从自己的目录读取 CNI 网络配置和插件二进制文件（默认是 %ProgramFiles%\\containerd\\cni\\conf 和 cni\\bin，或 config.toml 中的 conf_dir 和 bin_dir）。如果 CNI 从未安装到那里、被复制到了 Linux 默认路径，或升级改变了目录布局，节点会报告 CNI 未初始化，所有 Pod 都得不到网络。',
    'fix.readConfigDirs': '在节点上查看 containerd 的 config.toml 中 CRI 插件的 conf_dir 和 bin_dir，并列出这两个目录的内容。',
    'fix.installCniFiles': '把 CNI 插件二进制文件和一个网络配置放到这些目录中（或把 conf_dir 和 bin_dir 指向 CNI 安装它们的位置）。',
    'fix.restartContainerd': '重启 containerd，确认节点变为 Ready 且新 Pod 能获得地址。',
    'msg.condition': 'Ready={status}：{message}',
    'msg.node': '{node} 上的 containerd 找不到 CNI 配置或插件二进制文件，因此 Pod 得不到网络。',
    'why.noNetworkConfig': '运行时读取的目录中没有 CNI 网络配置',
    'why.pluginBinaryMissing': 'CNI 配置指定的插件二进制文件不在运行时的 CNI bin 目录中',
  },
  sources: {
    'title': 'bb7782160b',
    'explanation': '1ce79552d0',
    'fix.readConfigDirs': '177532cca9',
    'fix.installCniFiles': '6b9bb872f1',
    'fix.restartContainerd': '3945e1ee4e',
    'msg.condition': 'df40c36df1',
    'msg.node': 'c2fb3cdcfa',
    'why.noNetworkConfig': '373b440d05',
    'why.pluginBinaryMissing': '2a2014ccb6',
  },
});

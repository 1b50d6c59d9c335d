import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd 找不到 CNI 配置或插件二进制',
    'explanation': 'Windows 上的 containerd 从它自己的 config.toml 中指定的目录（默认 C:\\Program Files\\containerd\\cni\\conf 和 \\cni\\bin）读取 CNI 网络配置和插件二进制。如果 CNI 从未安装到那里、被放在其他路径，或升级改变了目录结构，containerd 会报告“no network config found”和“cni plugin not initialized”，节点保持 NotReady，Pod 拿不到网络。',
    'fix.findDirs': '在 containerd 的 config.toml（containerd config dump）中查看 CRI 插件的 conf_dir 和 bin_dir，确认它在哪里查找。',
    'fix.installCni': '把集群 CNI 的插件二进制和网络配置放进这些目录（或把 conf_dir / bin_dir 指向 CNI 的安装位置）。',
    'fix.restartRuntime': '重启 containerd，确认节点的 Ready 条件不再提到 CNI。',
    'why.noNetworkConfig': 'containerd 查找了它的 CNI 配置目录，但没有网络配置',
    'msg.node': '{node} 上的 containerd 找不到 CNI 网络配置，因此节点网络未就绪。',
    'msg.condition': 'Ready={status}：{message}',
    'msg.noConf': '探测在 containerd 的配置目录中没有找到 CNI 配置',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'bb7782160b',
    'explanation': 'a8185cfff5',
    'fix.findDirs': '92fd6988f9',
    'fix.installCni': '9d62780c49',
    'fix.restartRuntime': '7919050b4b',
    'why.noNetworkConfig': '831efb1f64',
    'msg.node': '11d1b4ee0c',
    'msg.condition': 'df40c36df1',
    'msg.noConf': 'a653079b0e',
  },
});

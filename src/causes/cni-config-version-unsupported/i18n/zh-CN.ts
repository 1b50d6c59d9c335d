import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'CNI 配置声明的 cniVersion 不受插件二进制支持',
    'explanation': '每个 CNI 网络配置都写明它所遵循的 CNI 规范版本（cniVersion）。如果该版本比节点上插件二进制能理解的版本更新，运行时会拒绝该配置，节点上的每个 Pod 沙箱都会在设置网络之前失败。',
    'fix.compareVersions': '把节点 CNI 配置中的 cniVersion 与错误消息列出的插件支持版本进行比较。',
    'fix.alignVersion': '把 cniVersion 设为插件支持的版本，或安装支持所配置版本的插件二进制。',
    'fix.recreatePods': '如果配置由 CNI 代理写入，先重启它，然后重新创建卡在 ContainerCreating 的 Pod。',
    'msg.pod': 'Pod {pod} 无法获得网络：CNI 配置使用了插件不支持的 cniVersion。',
    'why.incompatibleCniVersions': '运行时把配置的 cniVersion 与插件报告的版本比较后没有找到匹配项',
    'why.pluginSupportsList': '消息在配置要求的版本旁列出了插件支持的版本',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '0d46022f70',
    'explanation': '5113ccaf53',
    'fix.compareVersions': '1a2b0759b0',
    'fix.alignVersion': '6a9405d7ad',
    'fix.recreatePods': '693dcce101',
    'msg.pod': '94646e6e72',
    'why.incompatibleCniVersions': '3df5977ae5',
    'why.pluginSupportsList': '114f9a4d7b',
  },
});

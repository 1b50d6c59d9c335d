import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'CNI 配置声明的 cniVersion 不被插件二进制支持',
    'explanation': '每个 CNI 网络配置都写明它遵循的规范版本（cniVersion）。如果该版本比节点上的插件二进制所支持的更新，或者插件构建漏掉了该版本，插件就会拒绝配置，节点上所有 Pod 沙箱都以“incompatible CNI versions”失败。',
    'fix.alignVersion': '查看错误中的版本（“config is X, plugin supports [...]”），把节点 CNI 配置中的 cniVersion 改为插件列出的版本，或者安装支持 X 的插件二进制。',
    'fix.sameBundle': 'CNI 配置和插件二进制从同一个发布版本部署（HostProcess 方式的 flannel 或 Calico 用同一版本的清单），避免之后的更新把新配置和旧二进制配在一起。',
    'fix.recreatePods': '重新创建失败的 Pod；kubelet 会重试沙箱，但处于长时间退避中的 Pod 删除后会更快启动。',
    'why.incompatibleVersions': '插件二进制不支持网络配置中写的 cniVersion',
    'msg.pod': 'Pod {pod} 没有获得网络：CNI 插件拒绝了节点网络配置中的 cniVersion。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '0d46022f70',
    'explanation': '820817cfe9',
    'fix.alignVersion': 'c0fcff46cc',
    'fix.sameBundle': '138e866fd2',
    'fix.recreatePods': '93080b04cf',
    'why.incompatibleVersions': '8ba8235f92',
    'msg.pod': '634ebb2a93',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '在 containerd 下使用了 Docker 时代（HNS v1）的 CNI 配置',
    'explanation': 'win-bridge 和 win-overlay 插件（以及委托给它们的 flannel）默认走为 dockershim 编写的 HNS v1 路径。在 containerd 下必须使用 "ApiVersion": 2（或改用 sdnbridge / sdnoverlay），否则插件找不到刚刚创建的端点，节点上所有 Pod 沙箱都会失败。',
    'fix.apiVersion2': '在节点 CNI 配置的 win-bridge / win-overlay 部分（flannel 则在 delegate 中）加上 "ApiVersion": 2，或改用 microsoft/windows-container-networking 的 sdnbridge / sdnoverlay 插件。',
    'fix.upgradePlugins': '安装支持 HNS v2 路径的较新 CNI 插件二进制（containernetworking/plugins 1.0 或更高版本，或最新的 windows-container-networking 发布版）。',
    'fix.recreatePods': '重启 containerd，并重新创建失败的 Pod。',
    'why.endpointNotFound': '插件找不到自己刚创建的端点，这是 containerd 下的 HNS v1 路径',
    'why.addHnsEndpoint': 'AddHnsEndpoint 是运行时为 containerd 时会失败的 HNS v1 调用',
    'msg.pod': 'Pod {pod} 没有获得网络：CNI 插件通过 HNS v1 路径查找端点，这在 containerd 下行不通。',
    'msg.runtime': '节点 {node} 运行 {runtime}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '9e26b81283',
    'explanation': 'd54ee637d3',
    'fix.apiVersion2': 'b844bc3cef',
    'fix.upgradePlugins': 'fbec4e1e24',
    'fix.recreatePods': '0cee2744ba',
    'why.endpointNotFound': '7d8f9cfb2a',
    'why.addHnsEndpoint': 'd2bb7761ec',
    'msg.pod': '809bd0c7db',
    'msg.runtime': 'd512c25e1c',
  },
});

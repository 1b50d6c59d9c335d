import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 上的 flanneld 选错了网卡或找不到网卡',
    'explanation': '在有多块网卡、网卡被改过名或网卡名称含空格的节点上，Windows 上的 flanneld（或启动它的脚本）可能找不到应绑定的接口，或者选错接口。它随后会反复崩溃，或在其他节点无法访问的地址上建立覆盖网络，节点上的 Pod 拿不到网络。',
    'fix.setIface': '在 DaemonSet 的运行脚本或服务参数中，用 --iface（目标网卡的 IP 地址）或指向该网卡的 --iface-regex 启动 flanneld。',
    'fix.avoidSpaces': '如果由包装程序（如 wins.exe）传递网卡名称，把网卡改成不含空格的名称，或改为传递它的 IP 地址。',
    'fix.restartFlannel': '在节点上重启 flannel，确认 HNS 网络建在目标网卡上。',
    'why.noValidInterface': 'flanneld 无法选定用来建立网络的接口',
    'why.defaultInterface': 'flanneld 无法确定哪个接口承载默认路由',
    'msg.pod': 'Pod {pod} 中的 flanneld 无法在节点上选定网络接口。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'b9d05640b2',
    'explanation': '830206e0a5',
    'fix.setIface': 'd377518208',
    'fix.avoidSpaces': 'a21e826f82',
    'fix.restartFlannel': '9679b5bd3d',
    'why.noValidInterface': 'e13118b195',
    'why.defaultInterface': '6a0daf7dcb',
    'msg.pod': '93e1ec3b94',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 节点上的 flanneld 选错了网络适配器或找不到适配器',
    'explanation': 'flanneld 在主机的一个适配器上创建 HNS 网络；除非另行指定，它根据默认路由找到该适配器。当节点有多个适配器、适配器被重命名，或适配器名称含有会被包装程序拆开的空格时，它会绑定错误的适配器或一个也找不到：HNS 网络不会被创建，flannel 反复崩溃，Pod 得不到网络。',
    'fix.listAdapters': '在节点上列出适配器和默认路由（Get-NetAdapter、Get-NetRoute -DestinationPrefix 0.0.0.0/0），选出承载节点流量的适配器。',
    'fix.nameInterface': '用 --iface（IP 地址或名称）或 --iface-regex 把该适配器告诉 flanneld，或者把它传给安装脚本的接口参数。',
    'fix.avoidSpaces': '如果包装程序在命令行上传递适配器名称，把适配器重命名为不含空格的名称（Rename-NetAdapter）。',
    'fix.restartFlannel': '重启节点上的 flannel，并确认其 HNS 网络已出现。',
    'msg.pod': 'Pod {pod}（flannel）找不到或无法使用节点的网络适配器。',
    'why.noValidInterface': 'flanneld 找不到与其接口设置匹配的适配器',
    'why.noDefaultInterface': 'flanneld 无法确定默认路由所在的适配器',
    'why.adapterNotFound': 'HNS 被要求在一个不存在的适配器上创建网络',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '6b31fe87f2',
    'explanation': 'd1fe3f0214',
    'fix.listAdapters': 'bc70a1bb1c',
    'fix.nameInterface': '6bf718b30e',
    'fix.avoidSpaces': '218c3648a0',
    'fix.restartFlannel': '3c8a76bd6c',
    'msg.pod': '3a8adb4b28',
    'why.noValidInterface': 'b6e6439861',
    'why.noDefaultInterface': '26263f4d41',
    'why.adapterNotFound': '23f2cb97dd',
  },
});

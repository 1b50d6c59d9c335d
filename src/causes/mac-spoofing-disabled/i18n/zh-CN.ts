import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点虚拟机未开启 MAC 地址欺骗，Pod 无法访问节点以外的任何地址',
    'explanation': '在桥接类容器网络上（以及 Hyper-V 隔离的容器中），Windows Pod 以自己的 MAC 地址经由虚拟机网卡发送数据帧。虚拟化平台不允许 MAC 地址欺骗时（Hyper-V 的“启用 MAC 地址欺骗”，vSphere 端口组的 MAC address changes / forged transmits，VirtualBox 的混杂模式），这些帧会被丢弃，Pod 既访问不到 API Server，也访问不到 Service。',
    'fix.identifyHypervisorHost': '找到节点虚拟机所在的宿主机。',
    'fix.allowMacAddress': '在虚拟机的每块网卡上允许 MAC 地址欺骗：Hyper-V：Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On；vSphere：在端口组上允许 MAC 地址更改和伪传输（forged transmits）；VirtualBox：将混杂模式设为“全部允许”（Allow All）。',
    'fix.recreatePodsNode': '重新创建节点上的 Pod（或重启节点），并用 kubectl windbg pod <name> --probe 再次测试。',
    'why.podCouldOpen': 'Pod 无法建立任何连接；在未开启 MAC 地址欺骗的虚拟机节点上，Pod 访问不到节点以外的任何地址',
    'msg.virtualMachine': '节点是虚拟机（制造商 {manufacturer}，型号 {model}）',
    'msg.vsphereVm': '节点是 vSphere 虚拟机（providerID {providerID}）',
    'msg.apiServerFailed': '到 API Server {target} 的 TCP 连接失败',
    'msg.clusterIpFailed': '到 ClusterIP {target} 的 TCP 连接失败',
    'msg.tcpFailed': '到 {target} 的 TCP 连接失败',
    'msg.pod': '{pod} 访问不到节点 {node}（一台虚拟机）以外的任何地址：其网卡很可能没有开启 MAC 地址欺骗。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '29cdba50c1',
    'explanation': '1e399d11c8',
    'fix.identifyHypervisorHost': 'ca7ad3dcc6',
    'fix.allowMacAddress': 'ff148399df',
    'fix.recreatePodsNode': '8bf8431547',
    'why.podCouldOpen': 'f1328a2ca6',
    'msg.virtualMachine': 'fa49193f34',
    'msg.vsphereVm': '8cdea1e8e6',
    'msg.apiServerFailed': '505a7b0f42',
    'msg.clusterIpFailed': '294ea430ca',
    'msg.tcpFailed': '3210008e93',
    'msg.pod': '929cb9341c',
  },
});

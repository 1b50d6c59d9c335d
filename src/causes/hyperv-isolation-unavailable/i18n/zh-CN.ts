import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '此节点无法启动 Hyper-V 隔离',
    'explanation': 'Hyper-V 隔离的容器运行在一个小型实用工具 VM 中，因此节点需要 Hyper-V 角色和正在运行的虚拟机监控程序。在没有嵌套虚拟化的虚拟机上，或在不公开该能力的虚拟机监控程序上，无法安装该角色，请求 Hyper-V 隔离的容器会以 "No hypervisor is present on this system" 或 HCS_E_HYPERV_NOT_INSTALLED 失败。',
    'fix.nestedVirtualization': '在启用嵌套虚拟化的 VM 规格或虚拟机监控程序上运行节点(Azure 上为 Dv3/Ev3 及更新系列；Hyper-V 上执行 Set-VMProcessor -ExposeVirtualizationExtensions $true)。',
    'fix.installRole': '在节点上安装 Hyper-V 角色(Install-WindowsFeature Hyper-V)并重启。',
    'fix.useProcessIsolation': '或者去掉 Hyper-V 的 RuntimeClass，改用为节点 Windows 版本构建的镜像，以进程隔离运行 Pod。',
    'msg.pod': 'Pod {pod} 在无法运行 Hyper-V 隔离的节点上请求 Hyper-V 隔离。',
    'msg.runtimeClass': 'runtimeClassName: {name}',
    'why.noHypervisor': '主机上没有运行虚拟机监控程序，而 Hyper-V 隔离需要它',
    'why.hyperVNotInstalled': '计算服务报告未安装 Hyper-V 角色',
    'why.noSlat': '(虚拟)处理器不支持 SLAT，因此无法安装 Hyper-V 角色',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '29044cf175',
    'explanation': '32bfd206e9',
    'fix.nestedVirtualization': 'b38a4d58e8',
    'fix.installRole': '23a443b142',
    'fix.useProcessIsolation': '86601a2ec0',
    'msg.pod': 'cc576df28f',
    'msg.runtimeClass': '08a5181799',
    'why.noHypervisor': 'f7646b8234',
    'why.hyperVNotInstalled': '5e85d5fa85',
    'why.noSlat': '09bf59e1f8',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd 上的 gMSA Pod 运行在无法为其提供网络域身份的主机上',
    'explanation': '在 containerd 下，Pod 的组托管服务账户（gMSA）身份由主机赋予，这需要足够新的 Windows 更新：10.0.17763.1817（KB5000822）之前的 Windows Server 2019 根本无法应用凭据规范。即使在已更新的主机上，在把 HNS 注册表值 EnableCompartmentNamespace 设为 1 并重新创建 Pod 之前，按主机名或 FQDN 访问共享和服务仍可能失败（按 IP 地址可以成功）。',
    'fix.patchHost': '将 Windows Server 2019 节点更新到 10.0.17763.1817（KB5000822）或更高版本，或使用最新的节点镜像。',
    'fix.compartmentKey': '在每个 Windows 节点上将 HKLM\\SYSTEM\\CurrentControlSet\\Services\\hns\\State\\EnableCompartmentNamespace 设为 1（REG_DWORD），然后重新创建 gMSA Pod；修改之前创建的 Pod 仍保持旧的行为。',
    'fix.verify': '在 Pod 内确认 nltest /sc_verify:<domain> 成功，并且可以按 FQDN 打开共享。',
    'msg.oldHost': '节点 {node} 运行 {host}；containerd 下的 gMSA 需要 10.0.{build}.{ubr}（{update}）或更高版本',
    'msg.specs': '使用的凭据规范：{specs}',
    'msg.pod': 'gMSA Pod {pod} 运行在 containerd 下的 Windows Server 2019 节点上，该节点过旧，无法应用其凭据规范。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'c236b49194',
    'explanation': '79b3153e8b',
    'fix.patchHost': '108d720100',
    'fix.compartmentKey': '95fc8e2761',
    'fix.verify': 'ebe9155f1c',
    'msg.oldHost': '068ceb3da3',
    'msg.specs': '11d0c7f56d',
    'msg.pod': '9425601bf5',
  },
});

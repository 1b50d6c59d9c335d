import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'NodeのVMでMACアドレスのスプーフィングが無効なため、PodがNodeの外に到達できない',
    'explanation': 'ブリッジ型のコンテナネットワーク上のWindows Pod(およびHyper-V分離のコンテナ)は、自身のMACアドレスでフレームをVMのネットワークアダプターから送信します。MACアドレスのスプーフィングを許可していないハイパーバイザー(Hyper-Vの「MACアドレスのスプーフィングを有効にする」、vSphereのポートグループの「MACアドレス変更」/「偽装転送」、VirtualBoxのプロミスキャスモード)はそれらのフレームを破棄するため、PodはAPIサーバーにもServiceにも到達できません。',
    'fix.identifyHypervisorHost': 'NodeのVMが動作しているハイパーバイザーのホストを特定します。',
    'fix.allowMacAddress': 'VMのすべてのネットワークアダプターでMACアドレスのスプーフィングを許可します。Hyper-V: Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On、vSphere: ポートグループでMACアドレス変更と偽装転送を許可、VirtualBox: プロミスキャスモードを「すべて許可」(Allow All)に設定します。',
    'fix.recreatePodsNode': 'Node上のPodを作り直し(またはNodeを再起動し)、kubectl windbg pod <name> --probeで再度確認します。',
    'why.podCouldOpen': 'Podがどこにも接続できなかった。MACスプーフィングが無効なVMのNodeでは、PodはNodeの外に到達できない',
    'msg.virtualMachine': 'Nodeは仮想マシン(メーカー {manufacturer}、モデル {model})',
    'msg.vsphereVm': 'NodeはvSphereのVM(providerID {providerID})',
    'msg.apiServerFailed': 'APIサーバー{target}へのTCPが失敗',
    'msg.clusterIpFailed': 'ClusterIP {target}へのTCPが失敗',
    'msg.tcpFailed': '{target}へのTCPが失敗',
    'msg.pod': '{pod}は、VMであるNode {node}の外にまったく到達できません。ネットワークアダプターでMACアドレスのスプーフィングが無効になっている可能性があります。',
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

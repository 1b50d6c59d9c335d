import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'このノードではHyper-V分離を開始できない',
    'explanation': 'Hyper-V分離のコンテナは小さなユーティリティVMの中で動くため、ノードにはHyper-Vの役割と動作中のハイパーバイザーが必要です。入れ子の仮想化がない仮想マシンや、それを公開しないハイパーバイザーでは役割をインストールできず、Hyper-V分離を求めるコンテナは「No hypervisor is present on this system」やHCS_E_HYPERV_NOT_INSTALLEDで失敗します。',
    'fix.nestedVirtualization': '入れ子の仮想化が有効なVMサイズやハイパーバイザーでノードを動かします(AzureではDv3/Ev3以降のファミリー、Hyper-VではSet-VMProcessor -ExposeVirtualizationExtensions $true)。',
    'fix.installRole': 'ノードにHyper-Vの役割をインストール(Install-WindowsFeature Hyper-V)して再起動します。',
    'fix.useProcessIsolation': 'または、Hyper-VのRuntimeClassをやめ、ノードのWindowsビルド用にビルドしたイメージを使ってプロセス分離でPodを実行します。',
    'msg.pod': 'Pod {pod}は、Hyper-V分離を実行できないノードでHyper-V分離を求めています。',
    'msg.runtimeClass': 'runtimeClassName: {name}',
    'why.noHypervisor': 'ホストでハイパーバイザーが動いておらず、Hyper-V分離にはそれが必要',
    'why.hyperVNotInstalled': 'コンピューティングサービスがHyper-Vの役割がインストールされていないと報告している',
    'why.noSlat': '(仮想)プロセッサにSLATがないため、Hyper-Vの役割をインストールできない',
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

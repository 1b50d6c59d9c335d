import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'CNIまたはネットワークモードがノードのWindowsビルドに対応していない',
    'explanation': 'Windowsのコンテナーネットワークの機能は特定のWindowsビルドとともに追加され、各CNIは対応するホストのバージョンを定めています。対象外のビルドでは、CNIはインストールできてもホストを構成できません。オーバーレイネットワークにはKB4489899以降を適用したWindows Server 2019(1809)が必要で、Calico for WindowsはWindows Server 2019と2022にのみ対応し、Windows Server 2025には対応していません。',
    'fix.checkMatrix': 'CNIが文書化している対応Windows Serverバージョンとネットワークモードを、ノードのビルドと照らし合わせます(kubectl get node -o wideでカーネルバージョンが分かります)。',
    'fix.moveNode': '対応するビルドのノード(CalicoならWindows Server 2019または2022)でワークロードを動かすか、新しいビルドに対応したCNIを選びます。',
    'fix.updateHost': 'Windows Server 2019でオーバーレイを使う場合は、VXLANを有効にする前にKB4489899以降を含む累積更新プログラムをインストールします。',
    'why.expectedPolicy': 'ホストのビルドがkube-proxyの求めるロードバランサーのポリシーを構成できない。KB4489899を適用した1809より前のビルドでのオーバーレイに典型的',
    'msg.calico2025': 'ノード{node}は{build}で動作していますが、Calico for WindowsはWindows Server 2019と2022にしか対応していません。',
    'msg.overlayOld': 'ノード{node}は{build}で動作しています。オーバーレイ(VXLAN)ネットワークには、KB4489899以降を適用したWindows Server 2019(1809)が必要です。',
    'msg.calicoPod': 'Calico for Windowsがノードで動作している(Pod {pod})',
    'msg.overlayNetwork': 'HNSネットワーク{network}の種類はOverlay',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'ef8307c50a',
    'explanation': 'e64b7b3225',
    'fix.checkMatrix': 'cf337b1843',
    'fix.moveNode': '5eafcbc8e4',
    'fix.updateHost': '42f0c4f4cc',
    'why.expectedPolicy': '076b5a7e1b',
    'msg.calico2025': 'e49e257b72',
    'msg.overlayOld': '727e7d8ccb',
    'msg.calicoPod': 'c79eca8257',
    'msg.overlayNetwork': 'e573275fff',
  },
});

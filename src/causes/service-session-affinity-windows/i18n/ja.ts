import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'WindowsのエンドポイントでServiceのClientIPセッションアフィニティが無視される、または壊れる',
    'explanation': 'Windowsのkube-proxyがsessionAffinity: ClientIPを適用するのは、Kubernetes 1.19以降、かつビルド19551以降のホスト、つまり実質的にWindows Server 2022だけです。Windows Server 2019のノードではこの設定は何も言わずに無視され、接続ごとに負荷分散されるため、スティッキーセッションが壊れます。一部のWindows Server 2022のビルドでは、ホストに仮想スイッチ(VFP)の修正が入るまで、ClientIPアフィニティを持つロードバランサーServiceにWindowsのPodからまったく到達できません。',
    'fix.moveToNewerNodes': 'スティッキーセッションが必要なワークロードは、最新の累積更新を適用したWindows Server 2022以降のノードで実行します。',
    'fix.dropAffinity': 'Serviceに到達できないWindows Server 2022のビルドでは、ノードにVFPの修正が入るまで、ServiceからsessionAffinityを外します(接続ごとの負荷分散を受け入れます)。',
    'fix.stickyElsewhere': 'Windows Server 2019では、スティッキー性をkube-proxyに頼らないようにします。イングレスコントローラーやアプリケーションでセッションを保持するか、ノードごとに1つのPodを実行し、通信をローカルノードにとどめます。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '3ec0ae5cb0',
    'explanation': '901386627d',
    'fix.moveToNewerNodes': '21535bd999',
    'fix.dropAffinity': 'ee8b1f7594',
    'fix.stickyElsewhere': '2a565abf12',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'WindowsのエンドポイントでServiceのClientIPセッションアフィニティが無視される、または壊れる',
    'explanation': 'Windowsのkube-proxyがsessionAffinity: ClientIPを適用するのは、Kubernetes 1.19以降、かつビルド19551以降のホスト、つまり実質的にWindows Server 2022だけです。Windows Server 2019のノードではこの設定は何も言わずに無視され、接続ごとに負荷分散されるため、スティッキーセッションが壊れます。一部のWindows Server 2022のビルドでは、ホストに仮想スイッチ(VFP)の修正が入るまで、ClientIPアフィニティを持つロードバランサーServiceにWindowsのPodからまったく到達できません。',
    'fix.moveToNewerNodes': 'スティッキーセッションが必要なワークロードは、最新の累積更新を適用したWindows Server 2022以降のノードで実行します。',
    'fix.dropAffinity': 'Serviceに到達できないWindows Server 2022のビルドでは、ノードにVFPの修正が入るまで、ServiceからsessionAffinityを外します(接続ごとの負荷分散を受け入れます)。',
    'fix.stickyElsewhere': 'Windows Server 2019では、スティッキー性をkube-proxyに頼らないようにします。イングレスコントローラーやアプリケーションでセッションを保持するか、ノードごとに1つのPodを実行し、通信をローカルノードにとどめます。',
    'msg.ignored': "Service {service}はClientIPセッションアフィニティを指定していますが、選択する{count}個のPodは、kube-proxyがこの設定を無視するWindowsノード({nodes})で動いています。接続ごとに個別に負荷分散されます。",
    'msg.loadBalancer': "Service {service}はClientIPセッションアフィニティを持つLoadBalancerで、Windows Server 2022以降のノード({nodes})のPodを選択しています。仮想スイッチ(VFP)の修正がないWindowsビルドでは、WindowsのPodからこのServiceに到達できません。",
    'msg.service': "Service {service}({type})はsessionAffinity: ClientIPを持ち、Windowsノード上の{count}個のPodを選択しています",
    'msg.oldBuild': "ノード{node}はWindowsビルド{build}で、{minimum}より古いため、kube-proxyはClientIPアフィニティを維持できません",
    'msg.oldKubeProxy': "ノード{node}のkube-proxyは{version}で、{minimum}より古いため、WindowsのデータパスがClientIPアフィニティを無視します",
    'msg.newBuild': "ノード{node}はWindowsビルド{build}で、ClientIPアフィニティを維持できます",
    'msg.pod': "Pod {pod}は{node}で動いています",
    'msg.morePods': "Windowsノード上で選択されたPodがほかに{count}個あります",
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '3ec0ae5cb0',
    'explanation': '901386627d',
    'fix.moveToNewerNodes': '21535bd999',
    'fix.dropAffinity': 'ee8b1f7594',
    'fix.stickyElsewhere': '2a565abf12',
    'msg.ignored': '8746470516',
    'msg.loadBalancer': '5f3eaa8d09',
    'msg.service': '8573a6006d',
    'msg.oldBuild': '022fac2bd2',
    'msg.oldKubeProxy': '3764c158c1',
    'msg.newBuild': '1d83f542f1',
    'msg.pod': '5b11a4f053',
    'msg.morePods': '707a817aa4',
  },
});

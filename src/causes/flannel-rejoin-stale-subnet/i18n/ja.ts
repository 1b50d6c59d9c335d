import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Nodeの再参加前から残っているFlannelのSourceVipファイル',
    'explanation': 'クラスターから削除されたNodeが再参加すると、FlannelはそのNodeに新しいPodサブネットを割り当てます。C:\\k\\SourceVip.jsonとC:\\k\\SourceVipRequest.jsonには古いサブネットのソースVIPが残っており、kube-proxyがそのアドレスを使い続けるため、NodeのPodからのServiceの通信とNode間の通信が壊れます。',
    'fix.drainNodeKubectl': 'Nodeをドレインします: kubectl drain <node> --ignore-daemonsets',
    'fix.nodeDeleteStale': 'Node上で古いファイルを削除します: Remove-Item C:\\k\\SourceVip.jsonとRemove-Item C:\\k\\SourceVipRequest.json',
    'fix.restartFlanneldKube': 'flanneldとkube-proxyを再起動し(またはNodeの起動スクリプトを再実行し)、現在のサブネットからソースVIPを取得させます。',
    'fix.uncordonNodeKubectl': 'Nodeをuncordonし(kubectl uncordon <node>)、Node間のPodの通信を確認します。',
    'why.flannelSourceVip': 'FlannelのソースVIPファイルに、再参加前のNodeの古いPodサブネットが残っている',
    'why.kubeProxyCould': 'kube-proxyがソースVIPのエンドポイントを作成できなかった。保存されたソースVIPがNodeの新しいサブネットの外にあると発生する',
    'msg.podCidrRange': 'NodeのpodCIDR {cidrs}',
    'msg.staleFile': '{file}に{ip}が記録されているが、{range}の範囲外',
    'msg.node': '{node}に、以前のPodサブネットのFlannelソースVIPファイルが残っています({ips})。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '41580cb34c',
    'explanation': '1e3b85d075',
    'fix.drainNodeKubectl': 'a7b99fd20f',
    'fix.nodeDeleteStale': 'a45c463f8c',
    'fix.restartFlanneldKube': 'ffdd350fcd',
    'fix.uncordonNodeKubectl': '519dc3e2a1',
    'why.flannelSourceVip': 'ece945d136',
    'why.kubeProxyCould': '5e34f62d14',
    'msg.podCidrRange': 'a3d14237e1',
    'msg.staleFile': '15c231cab0',
    'msg.node': '30a3dc2611',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'OSの更新後にHNSのネットワークやエンドポイントが古い状態のまま残っている',
    'explanation': 'Host Networking Serviceは、ネットワークとエンドポイントをディスクに保存しています。HNSを変更するWindows Updateの後や、オブジェクトを手動で編集した後は、古いバージョンが作成したオブジェクトがインストール済みのバージョンと合わなくなり、それらに対するHNSの呼び出しがすべて"The wrong diskette is in the drive"で失敗します。',
    'fix.drainNodeKubectl': 'Nodeをドレインします(kubectl drain <node> --ignore-daemonsets)。',
    'fix.listHnsObjects': 'HNSのオブジェクトを一覧表示し(hnsdiag list networks、hnsdiag list endpoints)、古いものを削除します(hnsdiag delete networks <id>、hnsdiag delete endpoints <id>)。',
    'fix.ifEnoughWindows': 'Windows Server 2019以降でそれでも解決しない場合: Stop-Service hnsを実行し、C:\\ProgramData\\Microsoft\\Windows\\HNS\\HNS.dataを削除してから、Start-Service hnsを実行します。',
    'fix.restartNodeServices': 'Nodeのサービス(kubelet、kube-proxy、CNIデーモン)を再起動してネットワークを作り直させ、Nodeをuncordonします。',
    'why.hnsAnswersWrong': '保存されているネットワークやエンドポイントが古いバージョンのHNSで書き込まれていると、HNSは"wrong diskette"を返す',
    'why.callIntoHost': 'Host Networking Serviceの呼び出しが失敗した',
    'msg.pod': 'Pod {pod}がネットワークを取得できません。NodeのHNSが、古いバージョンのHNSから残っているオブジェクトを報告しています。',
    'msg.node': 'Node {node}のHNSが、古いバージョンのHNSから残っているオブジェクトを報告しています。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'db177c2bec',
    'explanation': '212739882e',
    'fix.drainNodeKubectl': '08ad4d2152',
    'fix.listHnsObjects': '64d4fd5f82',
    'fix.ifEnoughWindows': '32ee983b50',
    'fix.restartNodeServices': '97ce719212',
    'why.hnsAnswersWrong': '03e9ea6d7b',
    'why.callIntoHost': '0bc659bcbb',
    'msg.pod': '4eb2705c88',
    'msg.node': 'b963d89649',
  },
});

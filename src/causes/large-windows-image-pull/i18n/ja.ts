import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '大きなWindowsイメージのプルが続いている、またはプルの期限で中断された',
    'explanation': 'Windowsのベースイメージは数GB(servercoreは数GB、serverはさらに大きい)あり、レイヤーの展開は遅く、リアルタイムのウイルス対策スキャン中はさらに遅くなります。ノードでそのイメージを使う最初のPodは何分もContainerCreatingのままになり、進捗のない状態に期限を設けるランタイム(dockershim、cri-dockerd)は長い展開を中断してやり直すため、Podがいつまでも起動しないことがあります。',
    'fix.prePull': 'ベースのレイヤーをノードのイメージに事前にプルまたはキャッシュし(あるいは事前プル用のDaemonSetで)、Podがローカルのレイヤーから起動するようにします。',
    'fix.raiseDeadline': 'Dockerベースのノードでは、kubeletまたはcri-dockerdのイメージプルの進捗期限を引き上げます(例: 30m)。',
    'fix.smallerBase': 'アプリケーションが許せばnanoserverなど小さいベースを使い、イメージ間で同じベースを使ってレイヤーを共有します。',
    'fix.excludeScanning': 'ランタイムのデータフォルダーとunpigzをリアルタイムのウイルス対策スキャンから除外します。',
    'msg.pulling': '{minutes}分経ってもプル中です: {detail}',
    'msg.pod': 'Pod {pod}は時間のかかるWindowsイメージのプルを待っています。',
    'why.noProgressCancel': '展開が期限内に進まなかったため、ランタイムがプルを中断した',
    'why.pullDeadline': 'プルが設定された進捗期限より長くかかった',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'cc2818127c',
    'explanation': 'ae3b36118d',
    'fix.prePull': '34ed34823d',
    'fix.raiseDeadline': '8aac370e3a',
    'fix.smallerBase': 'd5dd0982a0',
    'fix.excludeScanning': 'b04cae09ac',
    'msg.pulling': '88bbfaaacc',
    'msg.pod': 'b19c94e9c3',
    'why.noProgressCancel': '220696790a',
    'why.pullDeadline': 'dcb710309e',
  },
});

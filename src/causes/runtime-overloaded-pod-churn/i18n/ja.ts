import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Podの作成と削除が多すぎてWindowsのコンテナランタイムが追いつかない(PLEG not healthy)',
    'explanation': 'Windowsコンテナの作成と削除はLinuxよりはるかに重く、そのたびにコンピューティングシステム、ネットワークのエンドポイント、多くの場合は大きなイメージが必要です。1つのノードで多数のPodを一度に作成または削除すると、ランタイムのkubeletへの応答が遅れ、Podライフサイクルイベントジェネレーター(PLEG)が数分遅れて、負荷が下がるかノードを再起動するまでノードがNotReadyになります。',
    'fix.limitChurn': 'Windowsノードで同時に起動・停止するPodの数を制限します(ローリング更新のmaxSurge/maxUnavailable、ジョブの並列度、バッチサイズ)。',
    'fix.spreadLoad': 'ワークロードをより多くのWindowsノードに分散するか、CPUとディスクに余裕のある大きなノードを使います。',
    'fix.reserve': 'kube-reserved/system-reservedでシステム用のCPUとメモリを予約し、kubelet、containerd、HNSが追いつけるようにします。',
    'fix.checkAntivirus': 'コンテナランタイムのフォルダーとプロセスをリアルタイムのウイルス対策スキャンから除外します。スキャンはコンテナ起動のコストを何倍にもします。',
    'msg.node': 'ノード{node}はPLEG not healthyを報告しています。コンテナランタイムが追いついていません。',
    'msg.recent': 'このノードのPodのうち{count}個が直近1時間に作成されました',
    'why.plegUnhealthy': 'kubeletがコンテナランタイムから数分間応答を得ていない',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b7f6da9b92',
    'explanation': 'cca5aceb53',
    'fix.limitChurn': '1ccd3d7ba2',
    'fix.spreadLoad': '0c90e835fd',
    'fix.reserve': 'b16bc0b6d6',
    'fix.checkAntivirus': '786e483730',
    'msg.node': 'a86630e11d',
    'msg.recent': '08619afbb1',
    'why.plegUnhealthy': 'cb1ef0161c',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'ノードのコミット上限(ページファイル)を使い切っている',
    'explanation': 'Windowsはすべてのメモリ割り当てを、物理メモリとページファイルの合計であるコミット上限に対して計上します。Hyper-V分離のコンテナは起動時にメモリ制限の全量をコミットするため、静的な小さいページファイルのノードで多数または大きなコンテナを動かすと上限を使い切り、新しいコンテナは「The paging file is too small for this operation to complete」(0x800705AF)で失敗し、動作中のプログラムはメモリ不足のエラーになります。',
    'fix.growPagefile': 'ノードのイメージでページファイルのサイズをWindowsの管理に任せるか拡大します(そのためのディスク容量も確保します)。',
    'fix.lowerLimits': 'Hyper-V分離のPodのメモリ制限を必要な量まで下げます。制限はすべてコミットされます。',
    'fix.removeStale': 'コミットを保持したままの停止済みや残留したコンテナを削除し、メモリを多く使うPodを多くのノードに分散します。',
    'fix.reserveMemory': 'kube-reserved/system-reservedでシステム用のメモリを予約し、ノードがコミットできる以上をスケジューラーが配置しないようにします。',
    'msg.pod': 'Pod {pod}は、ノードのコミットメモリ(ページファイル)が尽きたため失敗しました。',
    'msg.node': 'ノード{node}はコミットメモリ(ページファイル)を使い切りました。',
    'why.pagingFileTooSmall': 'コミット上限(メモリとページファイル)を使い切ったため、Windowsが割り当てを拒否した',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '67ed2dcce3',
    'explanation': '4a42edcca0',
    'fix.growPagefile': '6b8267d972',
    'fix.lowerLimits': 'c13978e9df',
    'fix.removeStale': 'a6a8b5cc54',
    'fix.reserveMemory': 'af9ef5ab64',
    'msg.pod': '92921e9401',
    'msg.node': 'bc70cdc6cb',
    'why.pagingFileTooSmall': 'fea70ae8c6',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsノードのシステムドライブがいっぱいになっている',
    'explanation': 'Windowsノードは、イメージのレイヤー、コンテナーのスクラッチ領域、kubeletやランタイムのログをシステムドライブC:に置き、Windowsのイメージはそれぞれ数GBあります。C:がいっぱいになると、レイヤーの展開中にプルが失敗し、コンテナーも作成できなくなり、「There is not enough space on the disk」が表示されます。VMのディスクは大きいのに、ノードのプロビジョニングがパーティションを拡張しなかったためにC:がVMイメージのサイズ(いくつかのWindowsイメージでは30 GB)のままになっていることがよくあります。またWindowsのkubeletはDiskPressureを報告しないことがあるため、Podが失敗し始めるまでNodeのステータスには何の警告も出ません。',
    'fix.checkPartition': 'Node上でC:のサイズとディスクのサイズを比べます(Get-Partition、Get-Disk)。未割り当ての領域があれば、C:を拡張します(Resize-Partition -DriveLetter C -Size (Get-PartitionSupportedSize -DriveLetter C).SizeMax)。',
    'fix.freeSpace': 'すぐに空き領域を作ります。使われていないイメージ(crictl rmi --prune)、古いコンテナーのログ、ローテーション済みのkubeletやランタイムのログを削除し、kubeletにPodを再試行させます。',
    'fix.biggerDisk': 'Windowsのノードプールにはより大きなOSディスクを割り当て(複数のWindowsイメージを使うなら128 GB以上)、ノードのプロビジョニングがC:をディスク全体に拡張することを確認します。',
    'fix.imageGc': 'Windowsノードでイメージのガベージコレクションが動いていること(imageGCHighThresholdPercent、ImageGCFailedイベント)と、ノードのサービスにログのローテーションが設定されていることを確認します。',
    'why.diskFull': 'WindowsがERROR_DISK_FULLを返した。イメージのレイヤーとコンテナーのスクラッチ領域を置くドライブがいっぱいになっている',
    'msg.pod': 'Pod {pod}を起動できません。Nodeのシステムドライブがいっぱいになっています。',
    'msg.node': '{node}のシステムドライブがいっぱいになっています。',
    'msg.lowSpace': '{node}のシステムドライブの空きは{total} GiB中{free} GiBしかありません。',
    'msg.driveSpace': 'システムドライブ: {total} GiB中{free} GiBが空き',
    'msg.smallPartition': 'システムドライブは{total} GiBしかありません。VMのディスクがこれより大きいなら、パーティションが拡張されていません',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '96a6cd17f5',
    'explanation': 'e0e414dfe1',
    'fix.checkPartition': 'ee67eb3fc9',
    'fix.freeSpace': '04dba51879',
    'fix.biggerDisk': 'f02fdc9137',
    'fix.imageGc': 'e43ae5df91',
    'why.diskFull': '9374a8fae7',
    'msg.pod': '300f29c892',
    'msg.node': 'c5ce0711af',
    'msg.lowSpace': '859fb0335b',
    'msg.driveSpace': 'cbfdb97433',
    'msg.smallPartition': '2a83e17a8e',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'ウイルス対策のリアルタイムスキャンがコンテナランタイムを遅くする、または妨げる',
    'explanation': 'Microsoft Defenderなどのリアルタイムスキャナーは、コンテナランタイムが書き込むすべてのファイルを検査します。Windowsイメージのレイヤーを展開すると数万のファイルが書き込まれるため、スキャンが有効だと展開がダウンロードよりはるかに長くかかり、ノードのCPUの大きな割合がスキャナーに使われます。忙しいノードではコンテナの起動、exec、後片付けが遅くなるほどです。ファイルを開いたままにするスキャナーは、レイヤーの書き込みを「Access is denied」で失敗させることもあります。ランタイムのデータフォルダーや展開用ヘルパー(unpigz)は、すべての構成で既定で除外されているわけではありません。',
    'fix.excludeRoot': 'ランタイムのデータルートをリアルタイムスキャンから除外します(containerd: C:\\ProgramData\\containerd、Docker: C:\\ProgramData\\dockerまたはそのdata-root)。',
    'fix.excludeProcesses': 'ランタイムのプロセス(containerd.exe、containerd-shim-runhcs-v1.exeまたはdockerd.exe)と、レイヤー展開用のヘルパーunpigz.exeを除外します。',
    'fix.followGuidance': 'Windowsコンテナに関するMicrosoftのウイルス対策ガイダンスに従います。スキャナーはレイヤーのファイルを通常のファイルとしてスキャンするのではなく、コンテナを考慮したフィルターの動作を使うべきです。',
    'fix.measure': '除外の前後で、1つの大きなイメージのダウンロード時間と展開時間を比べます。Podの起動中にスキャナーが使うCPUの割合も確認します。',
    'msg.pod': 'Pod {pod}はイメージレイヤーを書き込めませんでした。展開中にアクセスが拒否されました。',
    'why.layerAccessDenied': 'イメージレイヤーの書き込みが拒否された。ファイルの展開中にレイヤーフォルダーをリアルタイムスキャンすると起きる',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '399d1ddd90',
    'explanation': '2724c83f44',
    'fix.excludeRoot': '26cbb95ba3',
    'fix.excludeProcesses': '2b52b4021a',
    'fix.followGuidance': '9f85c3daec',
    'fix.measure': '163d6a6ca7',
    'msg.pod': '9114a66b5f',
    'why.layerAccessDenied': 'bef9bf532e',
  },
});

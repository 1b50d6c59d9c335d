import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsノードでcsi-proxyが動いていない、またはCSIドライバーに対して古すぎる',
    'explanation': 'WindowsのCSIノードプラグインは自分でディスクのフォーマットやマウントを行えず、名前付きパイプ(\\\\.\\pipe\\csi-proxy-*)を通じてホスト上のcsi-proxyに依頼します。csi-proxyがインストールされていない、停止している、またはドライバーが前提とするより古いAPIバージョンしか提供していない場合はパイプが存在せず、ボリュームのマウントが失敗し、ノードプラグインが起動時にクラッシュすることもあります。',
    'fix.checkService': 'ノード上でcsi-proxyサービス(Get-Service csi-proxy)と、存在するパイプ([System.IO.Directory]::GetFiles("\\\\.\\pipe\\") | Select-String csi-proxy)を確認します。',
    'fix.installOrStart': 'csi-proxyをWindowsサービスとしてインストールして起動するか、すべてのWindowsノードにHostProcess DaemonSetとして展開します。',
    'fix.matchVersions': 'ドライバーが必要とするAPIバージョンを提供するcsi-proxyを使うか(エラー内のパイプ名にfilesystem-v1やv1beta1のようにバージョンが表れます)、インストール済みのcsi-proxyに合うリリースにドライバーを固定します。',
    'fix.restartPlugin': 'csi-proxyが動いたら、クラッシュしていたノードプラグインのPodを削除して再接続させます。',
    'msg.pod': 'Pod {pod}はノード上のcsi-proxyに到達できません。',
    'msg.node': 'ノード{node}のCSI操作がcsi-proxyに到達できません。',
    'why.csiProxyPipeMissing': 'CSIドライバーがcsi-proxyの名前付きパイプを開こうとしたが、ノードにそのパイプが存在しない',
    'why.csiProxyPipeNamed': 'エラーがcsi-proxyのAPIパイプを示しており、失敗した呼び出しはcsi-proxy宛てだった',
    'why.driverNotRegistered': 'CSIノードプラグインがこのノードに登録されておらず、Windowsではcsi-proxyがないためにクラッシュしたことが多い',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b8d2d48027',
    'explanation': '82deb667c4',
    'fix.checkService': 'f9f4ea90c8',
    'fix.installOrStart': '4cf009c09e',
    'fix.matchVersions': '3a11e01a67',
    'fix.restartPlugin': 'c0c3ea7b5b',
    'msg.pod': 'd30896aaa7',
    'msg.node': '100191c7a5',
    'why.csiProxyPipeMissing': 'efb973daee',
    'why.csiProxyPipeNamed': '060089edbe',
    'why.driverNotRegistered': '81d03496bf',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'HostProcessコンテナのパスやボリュームマウントがランタイムの配置どおりに動かない',
    'explanation': 'HostProcessコンテナはホスト上で動き、ホストのファイルシステムを見ます。イメージとボリュームがどこに現れるかはcontainerdによって異なります。containerd 1.6では%CONTAINER_SANDBOX_MOUNT_POINT%が示すフォルダーの下に置かれるため、通常のコンテナ向けに書いたコマンドやボリュームのパス(C:\\app\\tool.exe、/usr/local/bin/x.exe)は見つかりません。containerd 1.7以降はイメージとボリュームがバインドフィルターを通してサイロにバインドマウントされ、通常のパスが使えるようになりますが、別のファイルシステムフィルタードライバーがアタッチを拒否するボリュームでは失敗します。',
    'fix.sandboxPaths': 'containerd 1.6では、プログラムの起動やボリュームの読み取りを%CONTAINER_SANDBOX_MOUNT_POINT%経由で行うか(例: %CONTAINER_SANDBOX_MOUNT_POINT%\\app\\tool.exe)、ノードをcontainerd 1.7以降に移行します。',
    'fix.sameLine': 'すべてのWindowsノードプールを同じcontainerdのマイナー系列にそろえ、1つのマニフェストがどこでも動くようにします。',
    'fix.filterDrivers': 'マウントしたボリューム上で他のファイルシステムフィルタードライバーを必要とするワークロードは、バインドマウントされたHostProcessコンテナでは動かせません。ノードのサービスとして実行します。',
    'fix.checkPsa': 'HostProcess PodにはhostNetwork: trueと、Pod Securityレベルがprivilegedの名前空間も必要です。',
    'msg.runtime': 'ノード{node}は{runtime}で動いています: {style}',
    'msg.styleSandbox': 'イメージとボリュームは%CONTAINER_SANDBOX_MOUNT_POINT%の下にあります',
    'msg.styleBind': 'イメージとボリュームはバインドフィルターを通してバインドマウントされます',
    'msg.pod': 'HostProcess Pod {pod}は、ランタイムによって配置が異なるパスまたはマウントで失敗しています。',
    'why.bindFilterRefused': 'containerd 1.7以降はHostProcessコンテナをバインドフィルターでマウントするが、ボリュームがアタッチを拒否した',
    'why.executableNotFound': 'コマンドラインが示すパスが、HostProcessコンテナから見たファイルシステムに存在しない',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '837a2cd3fd',
    'explanation': '63b7dca785',
    'fix.sandboxPaths': '322df56222',
    'fix.sameLine': 'a6ddd0f069',
    'fix.filterDrivers': '51fc483781',
    'fix.checkPsa': '6e96ec56fc',
    'msg.runtime': '7137951ba2',
    'msg.styleSandbox': 'd4bf1c3139',
    'msg.styleBind': '4a0ada03d2',
    'msg.pod': 'd6699ff5b1',
    'why.bindFilterRefused': '823ae5cc85',
    'why.executableNotFound': '74485af84a',
  },
});

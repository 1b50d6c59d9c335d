import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsノードでexecプローブがメモリをリークする、または開始できなくなる',
    'explanation': 'Windowsでは、exec(コマンド)プローブのたびに、ランタイムのshimとHost Compute Service(vmcompute)を通じてコンテナー内にプロセスが起動されます。この経路には2つのリークがありました。1.6.13より前のcontainerd 1.6に含まれるshimはexecのたびにメモリを保持し続けたため、頻繁なコマンドプローブを持つコンテナーを動かすNodeは少しずつメモリを失いました。また、vmcomputeがプローブのプロセスを起動できない場合(「The RPC server is unavailable」)、失敗した試行のたびにvmcompute自身がメモリをリークします。開始できなかったプローブは失敗したプローブとして数えられないため、kubeletはそのコンテナーを再起動しません。Podは壊れたプローブを抱えたままRunningのままで、Nodeはメモリを失い続けます。',
    'fix.upgradeContainerd': 'Windowsノードでcontainerd 1.6.13以降を使います。マネージドサービスでは、それを含むノードイメージに移行します。',
    'fix.updateWindows': 'Windowsノードに最新の累積更新プログラムを適用しておきます。プロセス起動の失敗に関するvmcomputeの修正はそこに含まれています。',
    'fix.restartStuckPods': 'execプローブを開始できなくなったPodを削除します。kubeletはこれを代わりに行いません。Nodeのメモリが不足している場合は、ドレインして再起動し、リークしたメモリを取り戻します。',
    'fix.preferHttpProbes': 'アプリケーションが許す場合は、execプローブの代わりにhttpGetやtcpSocketのプローブを使うか、プローブの間隔を長くして、コンテナー内で起動されるプロセスを減らします。',
    'why.probeCannotStart': 'kubeletがexecプローブを開始することさえできなかった。Host Compute Serviceがプロセスの作成を拒否した',
    'why.createProcessRpc': 'Host Compute Serviceが応答しなかったため、コンテナー内でのプロセスの作成に失敗した',
    'msg.pod': 'Pod {pod}のexecプローブを開始できません。kubeletはこのためにコンテナーを再起動せず、試行のたびにNodeのHost Compute Serviceでメモリがリークします。',
    'msg.shimLeak': '{node}のcontainerd {version}は、execプローブを実行するたびにWindows用shimでメモリをリークします(ここでexecプローブを持つPod: {count})。{fixed}で修正されています。',
    'msg.execProbes': 'Pod {pod}にexecの{probes}があります',
    'msg.moreExecProbes': 'このNodeには、ほかに{count}個のexecプローブを持つPodがあります',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'd3e9e7c28a',
    'explanation': '94ee19cc8f',
    'fix.upgradeContainerd': 'e09aaafe7c',
    'fix.updateWindows': '89dd788171',
    'fix.restartStuckPods': '4b2fe81980',
    'fix.preferHttpProbes': '48e026bfd0',
    'why.probeCannotStart': 'b667844afc',
    'why.createProcessRpc': 'dbc9e7df13',
    'msg.pod': '71c45e50d8',
    'msg.shimLeak': 'f98d8f215d',
    'msg.execProbes': 'a4ba9754c6',
    'msg.moreExecProbes': 'b419147a9a',
  },
});

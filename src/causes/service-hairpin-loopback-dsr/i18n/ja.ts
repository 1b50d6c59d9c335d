import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'DSRが有効なとき、Podが自分自身のServiceを経由して自分に到達できない',
    'explanation': 'kube-proxyでDirect Server Return(DSR)が有効な場合、Service VIPを呼び出して自分自身に負荷分散されたWindowsのPodの通信は、CNI構成でloopbackDSRを有効にしない限り破棄されます。他のバックエンドに届いた呼び出しは成功するため、バックエンドがN個ならおよそN回に1回失敗し、失敗はランダムに見えます。レプリカが1つならServiceへの呼び出しはすべて失敗します。',
    'fix.enableLoopbackDsr': 'WindowsノードのCNIネットワーク構成(win-bridge、win-overlay、sdnbridge、sdnoverlay)に"loopbackDSR": trueを設定し、それらのノード上のPodを作り直して、エンドポイントにポリシーが付くようにします。',
    'fix.checkSupport': 'CNIプラグインのリリースとWindowsのビルドがloopback DSRに対応していることを確認します(Windows Server 2019では10.0.17763.1432以降が必要)。古いものは設定を無視するか拒否します。',
    'fix.disableDsr': 'loopback DSRを使えない場合は、kube-proxyでDSRを無効にし(--enable-dsr=false)、kube-proxyを再起動して、DSRなしのデータパスを受け入れます。',
    'fix.avoidSelfCalls': 'それまでの間、アプリケーションが自分自身のServiceではなくlocalhostで自分を呼び出すようにします。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'af96080cbf',
    'explanation': '984bc0867f',
    'fix.enableLoopbackDsr': 'a2a6859564',
    'fix.checkSupport': '7c40f572bf',
    'fix.disableDsr': '0426daf975',
    'fix.avoidSelfCalls': 'd6f96cbb38',
  },
});

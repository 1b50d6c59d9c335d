import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'DSRが有効なとき、Podが自分自身のServiceを経由して自分に到達できない',
    'explanation': 'kube-proxyでDirect Server Return(DSR)が有効な場合、Service VIPを呼び出して自分自身に負荷分散されたWindowsのPodの通信は、CNI構成でloopbackDSRを有効にしない限り破棄されます。他のバックエンドに届いた呼び出しは成功するため、バックエンドがN個ならおよそN回に1回失敗し、失敗はランダムに見えます。レプリカが1つならServiceへの呼び出しはすべて失敗します。',
    'fix.enableLoopbackDsr': 'WindowsノードのCNIネットワーク構成(win-bridge、win-overlay、sdnbridge、sdnoverlay)に"loopbackDSR": trueを設定し、それらのノード上のPodを作り直して、エンドポイントにポリシーが付くようにします。',
    'fix.checkSupport': 'CNIプラグインのリリースとWindowsのビルドがloopback DSRに対応していることを確認します(azure-vnetは1.4.16以降で、設定名はenableLoopbackDSR。Windows Server 2019は10.0.17763.1432以降)。古いものは設定を無視するか拒否します。',
    'fix.disableDsr': 'loopback DSRを使えない場合は、kube-proxyでDSRを無効にし(--enable-dsr=false)、kube-proxyを再起動して、DSRなしのデータパスを受け入れます。',
    'fix.avoidSelfCalls': 'それまでの間、アプリケーションが自分自身のServiceではなくlocalhostで自分を呼び出すようにします。',
    'msg.kubeProxyDsr': 'kube-proxyはDirect Server Returnで負荷分散しています({flags})',
    'msg.oldPlugin': 'CNIプラグイン{plugin} {version}は、Podのエンドポイントにloopback DSRのポリシーを追加できる最初のリリースである{minimum}より古いです',
    'msg.selfBackend': 'Pod {pod}({ip})は{vips}のDSRロードバランサーのバックエンドです',
    'msg.moreBackends': 'ほかに{count}個のローカルのPodがDSRロードバランサーのバックエンドです',
    'msg.node': '{node}上のPodは自分のServiceを経由して自分自身に到達できません。kube-proxyがDSRを使っていて、CNIプラグイン({plugin} {version})がloopback DSRのポリシーを追加できません。',
    'msg.loopbackOff': "CNI設定{path}({plugin})はループバックDSRを有効にしていません({setting}がtrueではありません)",
    'msg.servicePods': "Service {service}はこのノード上の{pods}を選択しています",
    'msg.moreServices': "ほかに{count}個のServiceがこのノード上のPodを選択しています",
    'msg.configOff': "{node}上のPodは自身のServiceを経由して自分自身に到達できません: kube-proxyがDSRを使っており、CNI設定がループバックDSRを有効にしていません。",
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'af96080cbf',
    'explanation': '984bc0867f',
    'fix.enableLoopbackDsr': 'a2a6859564',
    'fix.checkSupport': '201bede465',
    'fix.disableDsr': '0426daf975',
    'fix.avoidSelfCalls': 'd6f96cbb38',
    'msg.kubeProxyDsr': '14ce9b3e25',
    'msg.oldPlugin': 'f376d46e5a',
    'msg.selfBackend': '6445033f15',
    'msg.moreBackends': 'f499e93081',
    'msg.node': 'dd2c29e829',
    'msg.loopbackOff': 'f00d14f2d3',
    'msg.servicePods': '6b03ec7045',
    'msg.moreServices': '02a2ab7e72',
    'msg.configOff': '9f957893db',
  },
});

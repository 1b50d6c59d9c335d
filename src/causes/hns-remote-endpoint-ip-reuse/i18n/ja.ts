import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '古いリモートHNSエンドポイントが、今はローカルのPodのものになったIPを持ち続けている',
    'explanation': 'Windowsのkube-proxyは、別のNodeにあるServiceのバックエンドごとにリモートHNSエンドポイントを作り、そのPodが完全に消えてから削除します。Podのアドレス範囲に余裕がないと、削除されたPod(別のNode上のPodやLinuxのPod)のアドレスが、kube-proxyが古いリモートエンドポイントを削除する前にこのNodeの新しいPodに割り当てられることがあります。するとHNSは1つのアドレスに対してリモートとローカルの2つのエンドポイントを持つことになり、新しいPodのエンドポイントの作成が失敗するか、その通信(まずDNS)がアドレスが以前あったNodeへ送られます。Podは正常に見えますが、名前解決もどこへの接続もできません。',
    'fix.upgradeKubeProxy': 'Windowsノードのkube-proxyを、ローカルエンドポイントと同じアドレスを持つリモートエンドポイントを削除するリリース(kubernetes/kubernetes#138000の修正。1.34、1.35、1.36の各リリース系列にバックポート済み)に更新します。',
    'fix.deleteStaleEndpoint': 'それまでの間は、Node上でローカルのPodのアドレスを持つリモートエンドポイントを削除し(hnsdiag list endpointsで確認してからhnsdiag delete endpoints <id>)、kube-proxyを再起動してロードバランサーを作り直させます。',
    'fix.recreatePod': 'それでもPodが名前解決できない場合は、Podを削除して新しいエンドポイントを割り当てさせます。',
    'fix.widenRange': '解放されたアドレスがすぐに再割り当てされないように、Podネットワークのアドレスを増やします(より大きなPodサブネット)。',
    'msg.sharedWithEndpoint': 'リモートエンドポイント{remote}とローカルエンドポイント{local}が両方とも{ip}を持っています',
    'msg.sharedWithPod': 'リモートエンドポイント{remote}が、このNode上のPod {pod}のアドレス{ip}を持っています',
    'msg.more': 'ほかに{count}個のリモートエンドポイントが、このNodeのローカルなアドレスを持っています',
    'msg.node': '{node}のHNSが、今はこのNodeのものになったアドレスのリモートエンドポイントを残しています: {addresses}。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '68cce7b23e',
    'explanation': 'db104c591e',
    'fix.upgradeKubeProxy': '05058d24b3',
    'fix.deleteStaleEndpoint': '37f7f9c63a',
    'fix.recreatePod': '23bdc81286',
    'fix.widenRange': 'aca1f4a41b',
    'msg.sharedWithEndpoint': '9bb6dd2841',
    'msg.sharedWithPod': '078987ce40',
    'msg.more': '80684e2dad',
    'msg.node': '7234281dcf',
  },
});

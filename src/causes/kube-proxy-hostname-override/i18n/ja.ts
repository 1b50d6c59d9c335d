import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxyが一致する--hostname-overrideなしで動作している',
    'explanation': 'Windowsでは、kube-proxyはローカルとリモートのエンドポイントを区別するために、自身が動作しているNodeの名前を知っている必要があります。--hostname-overrideがない場合(またはNodeオブジェクトと異なる名前、たとえばNodeがFQDNで登録されているのに短いホスト名を使っている場合)、Node自身のPodのエンドポイントを他のNodeのものとして扱い、しばらくするとコンテナのvNICとHNSエンドポイントが削除されます。',
    'fix.findNodeName': 'Kubernetesが認識しているNode名を確認します: kubectl get node -o wide',
    'fix.startKubeProxy': 'kube-proxyを--hostname-override=<that node name>付きで起動します(サービスの場合: sc.exe config kube-proxy binPath= "... --hostname-override=<name>"、またはnssm set kube-proxy AppParameters ...。DaemonSetの場合はDownward APIでNODE_NAMEを渡します)。',
    'fix.restartKubeProxy': 'kube-proxyを再起動し、"Failed to retrieve node info"の行がログに記録されないことを確認します。',
    'fix.recreatePodsLost': 'このNodeでネットワークを失ったPodを作り直します。',
    'why.kubeProxyLooked': 'kube-proxyがNode名ではない名前で自身を検索した',
    'why.kubeProxyCould': 'kube-proxyが自身のNodeオブジェクトを見つけられなかった。通常は--hostname-overrideがないか誤っていることが原因',
    'why.containerHnsEndpoints': 'kube-proxyが自身のNode名を知らないと、コンテナのHNSエンドポイントが消える',
    'msg.noOverride': 'kube-proxyが--hostname-overrideなしで動作',
    'msg.otherOverride': 'kube-proxyは--hostname-override={override}で動作しているが、Node名は{node}',
    'msg.nodeNoOverride': '{node}のkube-proxyが--hostname-overrideなしで動作しています。そのNodeのPodのHNSエンドポイントが削除されるおそれがあります。',
    'msg.nodeOtherOverride': '{node}のkube-proxyが、Node名ではなくホスト名"{override}"を使用しています。そのNodeのPodのHNSエンドポイントが削除されるおそれがあります。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '012eb77791',
    'explanation': '9f12da3ec7',
    'fix.findNodeName': 'ab8cab95a3',
    'fix.startKubeProxy': '215e39625d',
    'fix.restartKubeProxy': '919ba3d515',
    'fix.recreatePodsLost': '783b360f23',
    'why.kubeProxyLooked': 'd9ec63b6b8',
    'why.kubeProxyCould': '1501079e7a',
    'why.containerHnsEndpoints': 'dc6d79fc78',
    'msg.noOverride': 'c2f153aada',
    'msg.otherOverride': '0aa9ee64c7',
    'msg.nodeNoOverride': 'cc98cdded6',
    'msg.nodeOtherOverride': '95c53f125e',
  },
});

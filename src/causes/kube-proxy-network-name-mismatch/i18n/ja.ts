import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxyが存在しない名前のHNSネットワークを探している',
    'explanation': 'Windowsではkube-proxyは、名前で見つけた1つのHNSネットワークにServiceを設定します。名前は--network-nameフラグ、環境変数KUBE_NETWORK、または既定のcbr0です。CNIが別の名前(vxlan0、l2bridge、Calico、azureなど)でネットワークを作った場合、kube-proxyは何も見つけられず、終了するか再試行を続け、ノードのPodからServiceもClusterIPも使えません。',
    'fix.listNetworks': 'ノード上でGet-HnsNetwork | Select-Object Name, Typeを実行してネットワーク名を一覧し、CNIが作ったものを確認します。',
    'fix.setNetworkName': 'その名前をkube-proxyに渡します。引数の--network-name、またはサービスやkube-proxy DaemonSetの環境変数KUBE_NETWORKで指定します(名前は完全一致で比較されます)。',
    'fix.restartKubeProxy': 'kube-proxyを再起動し、ログにネットワークが見つからないというメッセージが出なくなり、WindowsのPodからServiceが応答することを確認します。',
    'msg.flag': 'kube-proxyは--network-name={name}で動いています',
    'msg.networks': 'ノードのHNSネットワーク: {networks}',
    'msg.node': '{node}のkube-proxyは存在しないHNSネットワーク向けに設定されているため、Serviceを設定しません。',
    'why.kubeNetworkHint': 'kube-proxyがKUBE_NETWORKで指定されたHNSネットワークを探したが、その名前のネットワークがなかった',
    'why.kubeProxyRetrying': 'kube-proxyが名前で指定されたHNSネットワークを見つけようと再試行を続けている',
  },
  sources: {
    'title': '3f3b57150d',
    'explanation': '69448ca3bd',
    'fix.listNetworks': 'f0af6575df',
    'fix.setNetworkName': '6cdc232a65',
    'fix.restartKubeProxy': '4a67692146',
    'msg.flag': 'e2c017ba80',
    'msg.networks': '47079d5eee',
    'msg.node': '3a1c2ae9d0',
    'why.kubeNetworkHint': '3af4892548',
    'why.kubeProxyRetrying': '9342cdbd76',
  },
});

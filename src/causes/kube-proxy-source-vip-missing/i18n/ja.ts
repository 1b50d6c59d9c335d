import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'オーバーレイネットワークのkube-proxyにソースVIPがない',
    'explanation': 'オーバーレイ(VXLAN)ネットワークでは、Windowsのkube-proxyにソースVIPが必要です。これはノードのPodサブネットのアドレスをCNIのIPAMで予約したもので、ノードから出るServiceの通信の送信元がこのアドレスに書き換えられます。--source-vipがないとkube-proxyは起動を拒否し、IPAMが予約していないアドレスではソースVIPのエンドポイントを作れないため、ノードのPodからServiceが使えません。',
    'fix.reserveVip': 'ノードのPodサブネットからソースVIPを、CNIと同じIPAMで予約します(flannelなら、flannelのネットワーク名でhost-localを実行し、結果をsourceVip.jsonに保存します)。',
    'fix.passFlag': 'kube-proxyを--source-vip=<そのアドレス>(または構成ファイルのwinkernel.sourceVip)で起動し、オーバーレイネットワークの--network-name / KUBE_NETWORKも指定します。',
    'fix.restartKubeProxy': 'kube-proxyを再起動し、ソースVIPのエラーが出ないこと、PodからClusterIPに到達できることを確認します。',
    'why.flagNotSet': 'オーバーレイモードのkube-proxyが--source-vipなしで起動された',
    'why.endpointFailed': 'kube-proxyがソースVIPのエンドポイントを作れない。多くはアドレスがCNIのIPAMで予約されていないため',
    'msg.node': '{node}のkube-proxyは、--source-vipなしでオーバーレイネットワーク{network}上で動作しています。',
    'msg.network': 'HNSネットワーク{network}の種類は{type}',
    'msg.pod': 'Pod {pod}のkube-proxyには、オーバーレイネットワークで使えるソースVIPがありません。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '34dabe3c43',
    'explanation': '4006e21b66',
    'fix.reserveVip': 'ffecfc0de6',
    'fix.passFlag': 'b5026ad2ad',
    'fix.restartKubeProxy': '98d8d9e821',
    'why.flagNotSet': 'c65dc0fb81',
    'why.endpointFailed': '39eccb3e35',
    'msg.node': '76e80bb235',
    'msg.network': '4cae59ae35',
    'msg.pod': '7794821721',
  },
});

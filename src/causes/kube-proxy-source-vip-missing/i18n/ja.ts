import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsのオーバーレイネットワーク上のkube-proxyにソースVIPがない',
    'explanation': 'オーバーレイ(VXLAN)ネットワークでは、Windowsのkube-proxyはサービスの通信をソースVIP(ノードのPodサブネットのアドレスで、HNSエンドポイントが保持するもの)から送信します。--source-vipがない場合(またはそのアドレスがCNIのIPAMで予約されていない場合)、kube-proxyは起動を拒否するか、ソースVIPのエンドポイントを作成できず、そのノードではサービスが動作しません。',
    'fix.reserveAddress': 'flannelの起動スクリプトがsourceVip.jsonで行うように、CNIのIPAM(オーバーレイネットワークと同じネットワーク名のhost-local)を通じて、ノードのPodサブネットからソースVIPを予約します。',
    'fix.passFlag': 'そのアドレスを--source-vip(または設定ファイルのwinkernel.sourceVip)でkube-proxyに渡します。',
    'fix.restartProxy': 'kube-proxyを再起動し、ソースVIPのエンドポイントとサービスのロードバランサーが作成されることを確認します。',
    'msg.overlay': 'HNSネットワーク{network}はオーバーレイ(VXLAN)ネットワークです',
    'msg.noFlag': 'kube-proxyは--source-vipも設定ファイルもなしで動いています',
    'msg.notRunning': 'kube-proxyが動いていません',
    'msg.noReservation': 'ノード上でソースVIPが予約されていません(sourceVip.jsonがありません)',
    'msg.node': '{node}のkube-proxyにはオーバーレイネットワーク用のソースVIPがなく、そこでサービスを提供できません。',
    'msg.pod': 'kube-proxyのPod {pod}にはオーバーレイネットワーク用のソースVIPがありません。',
    'why.sourceVipFlagNotSet': 'ソースVIPが指定されていないため、kube-proxyがオーバーレイネットワーク上でプロキシの作成を拒否した',
    'why.sourceVipEndpointFailed': 'kube-proxyがソースVIP用のHNSエンドポイントを作成できなかった',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b4017cd1f0',
    'explanation': 'f4232796f9',
    'fix.reserveAddress': 'f53623e790',
    'fix.passFlag': '07d4ce59df',
    'fix.restartProxy': '97913830de',
    'msg.overlay': '848e7fce17',
    'msg.noFlag': '8262d5913e',
    'msg.notRunning': '24e862bee5',
    'msg.noReservation': 'c08f303084',
    'msg.node': 'f55b064213',
    'msg.pod': '93dab3b15e',
    'why.sourceVipFlagNotSet': '2c6fc1a5df',
    'why.sourceVipEndpointFailed': '5c2e2c661c',
  },
});

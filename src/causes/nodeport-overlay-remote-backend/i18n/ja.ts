import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsのオーバーレイネットワークで、NodePortの通信が他ノードのバックエンドへ転送されない',
    'explanation': 'VXLANオーバーレイネットワークでは、WindowsノードはNodePort(またはロードバランサー)の通信を別のノードで動くバックエンドPodへ確実には転送しません。externalTrafficPolicyがClusterの場合、サービスはバックエンドのあるノードでは応答し、それ以外のノードではタイムアウトします。',
    'fix.useLocalPolicy': 'サービスにexternalTrafficPolicy: Localを設定し、外部からの通信はそのPodが動いているノードにだけ送ります(ロードバランサーのヘルスチェックがこれを行います)。',
    'fix.spreadBackends': 'NodePortの通信を受けるすべてのWindowsノードでバックエンドPodを動かし(DaemonSetや分散配置の制約)、常にローカルの経路が使われるようにします。',
    'fix.updateWindows': 'Windowsノードを最新の累積更新プログラムに、kube-proxyを最新版に保ちます。後のNodePort転送の修正が含まれています。',
    'fix.testFromOutside': 'NodePortは、ノード自身からではなくクラスター外のマシンから各ノードに対してテストします。',
    'msg.overlay': 'HNSネットワーク{network}はオーバーレイ(VXLAN)ネットワークです',
    'msg.remoteOnly': 'NodePort {port}のロードバランサーには{count}個のバックエンドがあり、すべて他のノード上にあります',
    'msg.node': '{node}に届いたNodePortの通信はオーバーレイネットワークを越えて別のノードへ転送する必要があります({ports})。Windowsのオーバーレイネットワークはこれを確実には行いません。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '53a3dfc4e9',
    'explanation': '20bff2f395',
    'fix.useLocalPolicy': 'cdc65009c9',
    'fix.spreadBackends': '5bf2acbec7',
    'fix.updateWindows': '73a6e4f20e',
    'fix.testFromOutside': '0f649df2be',
    'msg.overlay': '848e7fce17',
    'msg.remoteOnly': '875b337256',
    'msg.node': '54e7861ece',
  },
});

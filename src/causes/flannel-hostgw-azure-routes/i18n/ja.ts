import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Azure上のFlannel host-gwでは、NodeごとのPodサブネットにユーザー定義ルートが必要',
    'explanation': 'Flannelのhost-gwバックエンドでは、Podのパケットはカプセル化されず、PodのアドレスのままNodeから送出されます。AzureではパケットがAzureの仮想スイッチを通過し、仮想スイッチは把握していないアドレスを破棄します。そのため、サブネットのルートテーブルで各NodeのPod範囲をそのNodeに送る設定(「仮想アプライアンス」のユーザー定義ルート)がない限り、Podは他のNodeやインターネットに到達できません。windbgはAzureのルートテーブルを読み取れないため、これらのルートが必要な構成であることを報告します。',
    'fix.createRouteTable': 'Nodeのサブネット用のルートテーブルを作成し(az network route-table create --resource-group <rg> --name <table>)、サブネットに関連付けます。',
    'fix.everyNodeAdd': 'Nodeごとに、そのPod範囲向けでNodeを次ホップとするルートを追加します: az network route-table route create --resource-group <rg> --route-table-name <table> --name <node> --address-prefix <podCIDR> --next-hop-type VirtualAppliance --next-hop-ip-address <node IP>',
    'fix.enableIpForwarding': '各NodeのネットワークインターフェイスでIP転送を有効にします。',
    'fix.alternativelySwitchOverlay': 'または、ユーザー定義ルートが不要なオーバーレイのバックエンド(Flannel vxlan)かAzure CNIに切り替えます。',
    'msg.backendProbed': 'net-conf.jsonのFlannelバックエンドはhost-gw',
    'msg.node': '{node}はAzure上でFlannel host-gwを使用しています。AzureのルートテーブルにNodeのPodサブネットごとのユーザー定義ルートがない限り、PodはNodeの外に到達できません。',
    'msg.nodeWithRoute': '{node}はAzure上でFlannel host-gwを使用しています。AzureのルートテーブルにNodeのPodサブネットごとのユーザー定義ルート(このNodeでは{cidr}をこのNodeへ送るルート)がない限り、PodはNodeの外に到達できません。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '350925a2ae',
    'explanation': '155fe92bdd',
    'fix.createRouteTable': '84c8948b8a',
    'fix.everyNodeAdd': '87c8549f7c',
    'fix.enableIpForwarding': 'ef43f8a39c',
    'fix.alternativelySwitchOverlay': '5d21cab6a2',
    'msg.backendProbed': 'a9f7be1218',
    'msg.node': 'c9775b67c0',
    'msg.nodeWithRoute': '4b886a32fa',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerdの下でDocker時代(HNS v1)のCNI構成が使われている',
    'explanation': 'win-bridgeとwin-overlayのプラグイン(およびそれらに委譲するflannel)は、既定ではdockershim向けに書かれたHNS v1の処理を使います。containerdの下では"ApiVersion": 2を指定するか(sdnbridge / sdnoverlayに置き換えるか)しないと、プラグインは作成したばかりのエンドポイントを見つけられず、ノード上のすべてのPodサンドボックスが失敗します。',
    'fix.apiVersion2': 'ノードのCNI構成のwin-bridge / win-overlayの部分(flannelの場合はdelegate)に"ApiVersion": 2を追加するか、microsoft/windows-container-networkingのsdnbridge / sdnoverlayプラグインに切り替えます。',
    'fix.upgradePlugins': 'HNS v2の処理に対応した新しいCNIプラグインのバイナリ(containernetworking/plugins 1.0以降、または最新のwindows-container-networkingのリリース)をインストールします。',
    'fix.recreatePods': 'containerdを再起動し、失敗したPodを作り直します。',
    'why.endpointNotFound': 'プラグインが作成したエンドポイントを再び見つけられない。containerdの下でのHNS v1の処理',
    'why.addHnsEndpoint': 'AddHnsEndpointは、ランタイムがcontainerdのときに失敗するHNS v1の呼び出し',
    'msg.pod': 'Pod {pod}にネットワークが設定されません。CNIプラグインがHNS v1の処理でエンドポイントを探しており、これはcontainerdの下では動きません。',
    'msg.runtime': 'ノード{node}は{runtime}で動作している',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '9e26b81283',
    'explanation': 'd54ee637d3',
    'fix.apiVersion2': 'b844bc3cef',
    'fix.upgradePlugins': 'fbec4e1e24',
    'fix.recreatePods': '0cee2744ba',
    'why.endpointNotFound': '7d8f9cfb2a',
    'why.addHnsEndpoint': 'd2bb7761ec',
    'msg.pod': '809bd0c7db',
    'msg.runtime': 'd512c25e1c',
  },
});

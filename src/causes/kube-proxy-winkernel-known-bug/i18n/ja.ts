import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxyがそのリリースの既知のWindows(winkernel)不具合に当たった',
    'explanation': 'kube-proxyのいくつかのリリースには、winkernelプロキシーのWindows特有の不具合があり、後のパッチリリースで修正されました。1.21ではデュアルスタックが既定で有効になったためホストのMACアドレスの検索でクラッシュし、いくつかのリリースではPodの削除やHNSの再起動の後に古いまたは重複したHNSロードバランサーが残り、1.19ではDSRに対応するWindows Server 2019のビルドでDSRを拒否しました。kube-proxyを更新するまで、ノードのServiceは失敗します。',
    'fix.upgradeKubeProxy': 'Windowsノードのkube-proxyを、そのマイナーバージョンの最新パッチリリースに移行します(修正はバックポートされています)。クラスターのバージョンスキューの範囲内に保ちます。',
    'fix.restartKubeProxy': 'アップグレード後にkube-proxyを再起動します。古いロードバランサーが残る場合は、kube-proxyを停止して削除し(Get-HnsPolicyList | Remove-HnsPolicyList、またはhnsdiag delete loadbalancers)、再び起動します。',
    'fix.workaround': 'アップグレードまでは、該当するIssueに示された回避策を使います(1.21のMAC検索なら、オーバーレイのノードでIPv6DualStackを無効にするか、ノードのIPで--bind-addressを指定します)。',
    'why.hostMac': '1.21のwinkernelプロキシーは、デュアルスタックが既定で有効なとき未指定アドレスのホストMACを検索する',
    'why.lbExists': 'HNSがまだ保持しているロードバランサーをkube-proxyが作り直した。HNSの再起動に関わる不具合',
    'why.dsrUnsupported': 'kube-proxyのHNSバージョン確認がDSRを拒否した。DSRに対応するWindows Server 2019のビルドでは、これはkube-proxyの不具合だった',
    'msg.pod': 'Pod {pod}のkube-proxyが既知のwinkernelの不具合に当たりました。後のkube-proxyのパッチリリースで修正されています。',
    'msg.node': '{node}のkube-proxyが既知のwinkernelの不具合に当たりました。後のkube-proxyのパッチリリースで修正されています。',
    'msg.version': '{node}のkube-proxyのバージョン: {version}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '802682e0de',
    'explanation': '296d208414',
    'fix.upgradeKubeProxy': 'f4ccecd131',
    'fix.restartKubeProxy': 'd7222c03d6',
    'fix.workaround': '209cb06ffe',
    'why.hostMac': '687d26712c',
    'why.lbExists': '55428a7e5a',
    'why.dsrUnsupported': 'cc7ea37fdd',
    'msg.pod': 'c464a81ffa',
    'msg.node': '631fd38979',
    'msg.version': 'e3bd8ceecc',
  },
});

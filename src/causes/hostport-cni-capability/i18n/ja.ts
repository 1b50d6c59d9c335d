import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'hostPortにはportMappings機能を有効にしたCNIプラグインv0.8.6以降が必要',
    'explanation': 'Windowsでは、コンテナのhostPortが公開されるのは、CNIプラグインがポートマッピングをサポートし(リファレンスのwin-bridge / win-overlayプラグインではv0.8.6以降)、かつCNI設定で"capabilities": {"portMappings": true}を宣言している場合だけです。それ以外の場合、Podは普通に起動しますが、Nodeのポートでは何も待ち受けていません。',
    'fix.upgradeCniPlugins': 'Node上のCNIプラグインをv0.8.6以降(または使用しているCNIの最新リリース)にアップグレードします。',
    'fix.addCapabilitiesPortmappings': 'すべてのWindows NodeのCNI設定で、プラグインのエントリに"capabilities": {"portMappings": true}を追加します。',
    'fix.recreatePodsUse': 'hostPortを使用しているPodを作り直し、ポートマッピングを設定させます。',
    'fix.wherePossibleExpose': '可能であれば、hostPortの代わりにNodePortまたはLoadBalancerのServiceでPodを公開します。',
    'msg.noPortMappings': 'CNI設定でcapabilities.portMappingsが宣言されていない',
    'msg.noPortMappingsIn': 'CNI設定{file}でcapabilities.portMappingsが宣言されていない',
    'msg.oldPlugin': 'CNIプラグイン{plugin}のバージョン{version}は{minimum}より古い',
    'msg.hostPort': 'コンテナ{container}がhostPort {hostPort} -> containerPort {containerPort}/{protocol}を公開',
    'msg.notPublished': '{pod}のhostPortが公開されていません。{node}のCNIがポートマッピングをサポートしていません。',
    'msg.reminder': '{pod}はWindows Node {node}でhostPortを使用しています。hostPortはportMappingsを宣言したCNIプラグインv0.8.6以降でのみ動作します(--probeを付けて実行すると、Nodeを確認できます)。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '9cad713f01',
    'explanation': '2c49cac8a6',
    'fix.upgradeCniPlugins': '9d1ea56578',
    'fix.addCapabilitiesPortmappings': '93a4136686',
    'fix.recreatePodsUse': 'f676448f33',
    'fix.wherePossibleExpose': '2360c682e6',
    'msg.noPortMappings': 'd2262ff8f5',
    'msg.noPortMappingsIn': 'fb95c51111',
    'msg.oldPlugin': '6a5c525d1b',
    'msg.hostPort': '5c21b688a6',
    'msg.notPublished': '76946f01ea',
    'msg.reminder': '59ea8cd514',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows Node自身からNodePortに到達できない',
    'explanation': 'NodePortを提供しているWindows Node自身からそのNodePortに接続できないのは、古いWindowsビルドの既知の制限です。他のNodeや外部からは接続できますが、ローカルからはできません。累積更新プログラムKB4571748(Windows Server 2019 ビルド17763.1432)以降で修正されています。これとは別に、Windows Nodeは仕様上、そのNodeで少なくとも1つのPodが動作している間だけNodePortの通信を転送します。',
    'fix.testNodeportAnother': '他のNodeまたはクラスター外部からNodePortを確認します。サポートされているのはその経路です。',
    'fix.installKb4571748Any': 'Windows Server 2019のNodeにKB4571748以降の累積更新プログラムをインストールします(または新しいLTSCビルドに移行します)。',
    'fix.keepLeastOne': 'NodePortの通信を転送する必要があるすべてのWindows Nodeに、少なくとも1つのPodをスケジュールしておきます。',
    'msg.osBuild': 'OSビルド {build}',
    'msg.selfTestFailed': 'Node自身からNodePort {port}へのTCPが失敗',
    'msg.withoutFix': '{level}、{kb}なし({fixed}以降が必要)',
    'msg.oldBuild': 'NodePort {port}に{node}自身から到達できません。このビルドは、ローカルからのNodePortアクセスを修正した{kb}より前のものです。',
    'msg.noPods': '{node}で動作しているPodがない',
    'msg.notForwarded': 'NodePort {port}が{node}で転送されていません。Windowsは、Nodeで少なくとも1つのPodが動作している間だけNodePortの通信を転送します。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '4126a8bc5b',
    'explanation': 'f19d6cca05',
    'fix.testNodeportAnother': '1e67e3fe8a',
    'fix.installKb4571748Any': 'a48d85d919',
    'fix.keepLeastOne': '6e3112fdba',
    'msg.osBuild': '146a5982fc',
    'msg.selfTestFailed': '21ede9da77',
    'msg.withoutFix': 'ac93fe6844',
    'msg.oldBuild': 'ff4d03240e',
    'msg.noPods': 'b890263227',
    'msg.notForwarded': '0c968831d3',
  },
});

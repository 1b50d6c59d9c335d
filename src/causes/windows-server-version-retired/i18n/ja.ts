import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'サポートが終了したWindows Serverのバージョンでノードが動いている',
    'explanation': 'アップストリームのKubernetesがWindowsノードとして挙げるのはWindows Server 2022と2025だけで、Windows Server 2019は一覧から外れました。AKSはWindows Server 2019を2026年3月1日に廃止し(Kubernetes 1.33以降は非サポート、ノードイメージは2027年4月1日に削除)、Annual Channelのプレビューを2026年5月15日に、Windows Server 2022を2027年3月15日に廃止します(1.35以降は2022の新しいプールを作成不可)。これらの日付を過ぎたノードには修正が提供されず、イメージが削除されるとスケーリングや再イメージ化が失敗します。',
    'fix.addNewPool': 'Windows Server 2025(またはサポート中であれば2022)のノードプールやノードを追加します。',
    'fix.rebuildImages': 'ワークロードのイメージを対応するベース(ltsc2025 / ltsc2022)で再ビルドするか複数ビルド対応のマニフェストを公開し、nodeSelector node.kubernetes.io/windows-buildでワークロードを移します。',
    'fix.removeOldPool': 'プラットフォームがイメージを削除する前に、古いプールをドレインして削除します。',
    'msg.upstream': 'ノード{node}は{build}で動いており、アップストリームKubernetesがサポートするWindows Serverの一覧({asOf}時点: 2022と2025)にありません',
    'msg.aksRetired': 'AKSは{product}を{retiredOn}に廃止しました(Kubernetes {minor}以降は非サポート)',
    'msg.aksImagesRemoved': 'AKSは{product}を{retiredOn}に廃止し、{removedOn}にノードイメージを削除しました。スケーリングと再イメージ化は失敗します',
    'msg.node': 'ノード{node}はサポートが終了したWindows Serverのバージョンで動いています。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '0fee001064',
    'explanation': '729b364552',
    'fix.addNewPool': '2eb2bbf61e',
    'fix.rebuildImages': '9e3c59392e',
    'fix.removeOldPool': 'd479e6d3bb',
    'msg.upstream': '3a7b3dd741',
    'msg.aksRetired': '719c293920',
    'msg.aksImagesRemoved': '28af72d5d8',
    'msg.node': 'c185aaa12f',
  },
});

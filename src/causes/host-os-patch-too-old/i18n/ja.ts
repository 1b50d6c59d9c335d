import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'ノードのWindows更新レベルがランタイムに必要な水準より低い',
    'explanation': 'コンテナランタイムやディストリビューションは、Windowsの累積更新プログラムで提供される修正を前提にしています。長い間更新されていないホストでは、コンテナが「The directory name is invalid」や「The parameter is incorrect」といったコンピューティングサービスの一般的なエラーで失敗し、同じ構成がホストを最新の更新にすると動きます。nodeInfo.kernelVersionがインストール済みのリビジョン(10.0.<build>.<revision>)を示します。',
    'fix.update': 'ノードに最新の累積更新プログラムをインストールし(または最新のノードイメージに置き換え)、再起動します。',
    'fix.keepCurrent': 'Windowsノードを毎月の更新サイクルに保ちます。ディストリビューションはエージェントを特定のリビジョン以降でのみ検証しています(RKE2: Windows Server 2019では17763.2061)。',
    'fix.thenRetry': '再起動後に、失敗しているPodを作り直します。',
    'msg.below': 'ノード{node}は{host}で動いています。エージェントはリビジョン{minimum}以降で検証されています',
    'msg.node': '{node}上のコンテナがコンピューティングサービスの一般的なエラーで失敗しており、ノードのWindows更新が検証済みの最低水準より古くなっています。',
    'why.directoryNameInvalid': 'コンピューティングサービスが、未更新のホストが返す一般的なエラーでコンテナを拒否した',
    'why.parameterIncorrect': 'コンピューティングサービスが、ホストの更新レベルでは解釈できない要求を拒否した',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'a4394b2d62',
    'explanation': '4f7b2a9a76',
    'fix.update': '1ca5a32a60',
    'fix.keepCurrent': '397d762a47',
    'fix.thenRetry': 'd8824795e0',
    'msg.below': '225bb57b70',
    'msg.node': 'ece0f7c6e0',
    'why.directoryNameInvalid': '9f3d92b27a',
    'why.parameterIncorrect': '03bb141fed',
  },
});

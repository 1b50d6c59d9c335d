import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'ホストの累積更新プログラムがコンテナイメージより古い',
    'explanation': 'プロセス分離ではコンテナはホストのカーネルを共有します。メジャービルド(17763、20348、26100)の一致は必須ですが、それだけで十分とは限りません。ホストに入っているより新しい月例更新でビルドされたイメージは、作成直後にHCS_E_UNEXPECTED_EXIT(0xc0370106)で停止することがあります。同じイメージは更新済みのホストやHyper-V分離では動きます。',
    'fix.patchHost': 'ノードに最新の累積更新プログラムをインストールするか、最新のノードイメージに移行します(nodeInfo.kernelVersionがインストール済みのリビジョン10.0.<build>.<revision>を示します)。',
    'fix.pinImage': 'ノードが更新されるまでは、ホストの更新レベル以下でビルドされたタグにイメージを固定します。',
    'fix.hyperV': 'または、ホストのカーネルを共有しないHyper-V分離(RuntimeClass)でPodを実行します。',
    'msg.newer': 'コンテナ{container}のイメージ{image}は{imageUbr}でビルドされていますが、ノードは{host}で動いています',
    'msg.pod': 'Pod {pod}は、ノードにインストールされているより新しいWindows更新でビルドされたイメージを使っています。',
    'msg.podMessage': 'Pod {pod}は、ホストの更新より新しいイメージに特有の失敗で起動時に停止しています。',
    'why.unexpectedExit': 'コンピューティングサービスが、コンテナが作成直後に停止したと報告している。ホストの更新より新しいイメージに典型的な失敗',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '82af013ee4',
    'explanation': '601ef8ec28',
    'fix.patchHost': '26f0670426',
    'fix.pinImage': '59fb321617',
    'fix.hyperV': '8f58f13009',
    'msg.newer': 'bfcded5d0e',
    'msg.pod': 'a3cbebedfb',
    'msg.podMessage': '862073ab7f',
    'why.unexpectedExit': 'fc32e95baa',
  },
});

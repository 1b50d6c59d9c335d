import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'ノードコンポーネントのWindowsイメージのタグが存在しない',
    'explanation': 'Windowsのノードコンポーネント(kube-proxy、flannel、CSIノードプラグイン、エージェント)は別のWindowsイメージとして公開され、多くはKubernetesのバージョンやWindowsのビルドごとにタグがあります。バージョンのプレースホルダーを置き換えずに適用したマニフェストや、Windowsイメージが公開されていないバージョンでは、DaemonSetのPodが「manifest unknown」や「not found」でImagePullBackOffのままになります。',
    'fix.substituteVersion': 'プレースホルダーを実際のバージョンに置き換えてマニフェストを適用します(動作中のDaemonSetのimage行を確認します)。',
    'fix.pickPublished': 'イメージの公開済みタグを一覧し、ノードのビルド用のWindowsイメージがあるバージョンを選びます。',
    'fix.pinDigest': '動作したら、最新版のダウンロードに頼らず、自分のマニフェストでタグ(またはダイジェスト)を固定します。',
    'msg.placeholder': 'コンテナ{container}が使う{image}は、タグにプレースホルダーが残っています',
    'msg.pod': 'Pod {pod}は存在しないWindowsコンポーネントのイメージを参照しています。',
    'why.manifestUnknown': 'レジストリにこのタグのイメージがない',
    'why.tagNotFound': 'イメージの参照をレジストリで解決できない',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '8e20f0de9d',
    'explanation': '24bc255e92',
    'fix.substituteVersion': '94f79a1461',
    'fix.pickPublished': 'dc705f2a16',
    'fix.pinDigest': '39925d127c',
    'msg.placeholder': '2db1de04cb',
    'msg.pod': '744d2f68db',
    'why.manifestUnknown': '7316d79a8a',
    'why.tagNotFound': '0e71ecb5e0',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsノードが廃止されたDockerランタイムで動いている',
    'explanation': 'kubeletはKubernetes 1.24で組み込みのDockerサポート(dockershim)を削除しました。docker://ランタイムを報告するWindowsノードは外部のcri-dockerdアダプターに依存しており、AKSは2023年5月1日にWindowsノードプールのDockerを廃止しました(スケーリングと作成は失敗し、Windows 2019のDockerイメージは削除済み)。現在のWindowsの機能(HostProcessコンテナ、RuntimeClassによるHyper-V分離、最近のWindows Serverのビルド)にはcontainerdが必要です。',
    'fix.newPool': 'containerdを使うWindowsノードプール(またはノード)を作成し、ワークロードを移します。',
    'fix.selfManaged': '自己管理のノードではcontainerdをインストールし、kubeletの接続先をnpipe:////./pipe/containerd-containerdにして、切り替えの間はノードをドレインします。',
    'fix.removeDocker': 'ワークロードの移動が済んだら、Dockerベースのノードを削除します。',
    'msg.node': 'ノード{node}は{runtime}で動いています。Windowsノードはcontainerdで動かすべきです。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '3893d1feb3',
    'explanation': 'fe15ca80a1',
    'fix.newPool': 'b31aa6bc03',
    'fix.selfManaged': 'ba592e6ffb',
    'fix.removeDocker': '03ac71f034',
    'msg.node': '9956cec5be',
  },
});

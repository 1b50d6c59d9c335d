import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'サンドボックス(pause)イメージをプルできない',
    'explanation': 'すべてのPodは、ランタイムに設定されたpauseイメージから作るサンドボックスで始まります。そのイメージがノードになく、参照をプルできない場合(レジストリ名の誤りや不足、認証情報のないプライベートレジストリ、レジストリへの経路がない、イメージのガベージコレクションでローカルのコピーが削除された)、そのノードの新しいPodはすべてサンドボックスの作成で失敗します。',
    'fix.checkReference': 'エラー内(またはcontainerdのsandbox_image)のサンドボックスイメージの参照を読み、完全で到達可能な参照かを確認します。',
    'fix.pullOnNode': 'ノードでプルして(crictl pull <image>)、レジストリ自身のエラーを確認します。',
    'fix.pinImage': 'kubeletのイメージのガベージコレクションで削除されないよう、pauseイメージを固定します(最近のcontainerdは設定されたサンドボックスイメージを固定扱いにします)。',
    'msg.pod': 'Pod {pod}はサンドボックスを作成できません。pauseイメージをプルできません。',
    'why.sandboxImagePull': 'すべてのPodのサンドボックスの元になるpauseイメージをランタイムが取得できなかった',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '8c7e5bc73e',
    'explanation': '8020c65ae4',
    'fix.checkReference': 'aaba24cd2e',
    'fix.pullOnNode': '6b90a7e62d',
    'fix.pinImage': '8e0cfe604f',
    'msg.pod': '4adaded812',
    'why.sandboxImagePull': '8ce29bfc70',
  },
});

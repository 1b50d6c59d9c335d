import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'NodeがKubernetesでサポートされていないWindowsビルドで動作している',
    'explanation': 'KubernetesがWindows Nodeをサポートしているのは、長期サービスチャネル(LTSC)のサーバーリリースだけです: Windows Server 2019(10.0.17763)、2022(10.0.20348)、2025(10.0.26100)。1709、1803、1903、1909、2004、20H2などの半期チャネルのリリースはサポートが終了しており、クライアントやプレビューのビルドはもともとサポート対象外です。そのため、これらに向けたイメージ、pauseコンテナ、修正はもう公開されません。',
    'fix.planReplaceNode': 'サポートされているLTSCビルド(Windows Server 2019、2022、または2025)で動作するNodeへの置き換えを計画します。',
    'fix.rebuildRetagWorkload': 'そのビルド向けにワークロードのイメージをビルドし直すか、タグを付け直します(ltsc2019、ltsc2022、ltsc2025)。',
    'fix.drainOldNode': '古いNodeをドレインし(kubectl drain <node> --ignore-daemonsets)、代替のNodeがReadyになったら削除します。',
    'msg.channelSac': 'サポートが終了した半期チャネルのリリース',
    'msg.channelClient': 'クライアント(デスクトップ)エディション',
    'msg.channelInsider': 'プレビュービルド',
    'msg.channelUnknown': 'Kubernetesの一覧にないビルド',
    'msg.channelLtsc': 'Kubernetesのサポートが終了した長期サービスチャネルのリリース',
    'msg.node': 'Node {node}は{build}({channel})で動作しています。サポートされているビルドは{supported}です。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '31a770fd3f',
    'explanation': 'af170554e5',
    'fix.planReplaceNode': 'bdb7d4febf',
    'fix.rebuildRetagWorkload': 'eea7fe50cf',
    'fix.drainOldNode': '844f3bab1c',
    'msg.channelSac': '6fa3f613aa',
    'msg.channelClient': '3df540f8c3',
    'msg.channelInsider': 'd8c96b34d2',
    'msg.channelUnknown': '3e7b02fa7e',
    'msg.channelLtsc': '8c7c941b6c',
    'msg.node': '19768818a9',
  },
});

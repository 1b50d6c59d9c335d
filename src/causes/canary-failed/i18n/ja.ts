import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'このWindowsビルドのカナリアPodが起動しなかった、またはクラスターに到達できなかった',
    'explanation': 'windbgはWindowsビルドごとに小さなnanoserverのPodを1つスケジュールし、その中からクラスターDNS、kubernetesのClusterIPのService、APIサーバーへの接続を確認します。カナリアが起動できない、またはこれらに到達できない場合、このビルドのNode上の通常のWindowsワークロードも同じように失敗します。',
    'fix.readFailedCheck': '失敗した確認項目とその証拠を確認します: 起動の失敗(イメージ、サンドボックス、スケジューリング)、DNS、ClusterIP、APIサーバーのいずれかです。',
    'fix.imageDoesMatch': 'イメージがNodeのビルドと一致しない場合は、一致するイメージを--canary-imageで指定します。',
    'fix.dnsServiceFailures': 'DNSやServiceの失敗の場合は、検出結果に示されたNodeで`kubectl windbg node <node> --probe`を実行します。',
    'msg.failed': '{node}での{product}のカナリアが失敗しました: {checks}。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '967ce22665',
    'explanation': '19b97f843b',
    'fix.readFailedCheck': '6cd5d7af3c',
    'fix.imageDoesMatch': '24065f1dcc',
    'fix.dnsServiceFailures': '4776f6cae4',
    'msg.failed': '231e852b31',
  },
});

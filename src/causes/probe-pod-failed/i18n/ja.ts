import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'windbgのプローブPodをNode上で実行できなかった',
    'explanation': 'windbgは、Nodeに固定した短時間だけ動作するHostProcess PodでNodeのプローブを実行します。そのPodが起動しなかったため、このNodeのプローブ情報は不明です。よくある原因は、Nodeがpullできないイメージ(エアギャップ環境のレジストリ、プロキシ)、Pod SecurityのレベルでHostProcess Podが拒否されるNamespace、あるいはHostProcessコンテナに対応していない古いクラスターやコンテナランタイム(Kubernetes 1.26以降、containerd 1.6以降が必要)です。',
    'fix.readReasonEvidence': 'この検出結果の理由と証拠を確認します: イメージのpull、アドミッション、HostProcessのサポート、スケジューリングのいずれかです。',
    'fix.behindAirGapped': 'エアギャップ環境やプロキシ経由のレジストリでは、プローブのイメージをミラーし、--probe-imageで指定します。',
    'fix.runProbeNamespace': 'pod-security.kubernetes.io/enforce=privilegedのラベルを付けたNamespaceでプローブを実行します(--probe-namespace)。',
    'fix.upgradeKubernetesContainerd': 'HostProcessコンテナを使用するため、NodeをKubernetes 1.26以降、containerd 1.6以降にアップグレードします。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '80e7a0ebd5',
    'explanation': 'e6cc8cb1bf',
    'fix.readReasonEvidence': '1d884c6427',
    'fix.behindAirGapped': 'fd13329a8c',
    'fix.runProbeNamespace': 'e65e35b510',
    'fix.upgradeKubernetesContainerd': '8fba7509df',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'ファイアウォールがWindowsノードのkubeletのポートをブロックしている',
    'explanation': 'APIサーバーは、kubectl logs、exec、attach、port-forwardやメトリクスのために、TCP 10250でkubeletに接続します。ノードのWindowsファイアウォール(またはその手前のセキュリティグループ / NSG)にこのポートの受信規則がないと、Pod自体は正常に動いているのに、WindowsノードのPodに対するこれらの呼び出しがタイムアウトします。',
    'fix.openPort': 'ノードで受信のTCP 10250を許可し(New-NetFirewallRule -DisplayName kubelet -Direction Inbound -Protocol TCP -LocalPort 10250 -Action Allow)、ノードのプロビジョニングでこの規則を追加するようにします。',
    'fix.checkCloudRules': 'コントロールプレーンとWindowsノードの間のセキュリティグループ / NSGでもTCP 10250が許可されていることを確認します。',
    'fix.retest': 'ノード上のPodに対して、kubectl logsまたはkubectl execをもう一度実行します。',
    'why.kubeletPortTimeout': 'APIサーバーがノードのkubeletのポートに接続できなかった。多くはファイアウォールの規則がない',
    'msg.pod': 'Pod {pod}は、ポート10250のkubeletへの接続がタイムアウトしたと報告しています。ノード上(またはその手前)のファイアウォールがkubeletのポートをブロックしています。',
    'msg.node': '{node}のkubeletへのポート10250の接続がタイムアウトします。ノード上(またはその手前)のファイアウォールがkubeletのポートをブロックしています。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '77d5d78b33',
    'explanation': '9d98e34312',
    'fix.openPort': '82c0ef2e2c',
    'fix.checkCloudRules': 'ed1943a694',
    'fix.retest': 'cf51ea76f5',
    'why.kubeletPortTimeout': '6efea6cf15',
    'msg.pod': 'e6a360aa98',
    'msg.node': 'f9b61f5de1',
  },
});

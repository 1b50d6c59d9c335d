import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsコンテナに対して活性プローブが厳しすぎる',
    'explanation': 'Windowsコンテナは起動にも応答にもLinuxより時間がかかります。プロセスの作成、ネットワークの準備、PowerShellによるチェックは遅く、ノードが混んでいればさらに遅くなります。Linuxから流用したプローブ設定では健全なコンテナでも失敗し、kubeletが停止させるとSTATUS_CONTROL_C_EXIT(3221225786、-1073741510とも表示)で終了して再起動を繰り返します。',
    'fix.addStartupProbe': '実際の起動時間を許容するstartupProbe(failureThreshold × periodSeconds)を追加し、プログラムが起動してから活性チェックが始まるようにします。',
    'fix.raiseTimeouts': 'Windows向けに活性プローブのtimeoutSecondsとfailureThresholdを引き上げます(1〜3秒ではなく数十秒)。',
    'fix.cheapProbe': 'httpGetやtcpSocketのプローブを優先します。PowerShellを起動するexecプローブは毎回数秒かかります。',
    'msg.stopped': 'コンテナ{container}は{code}で停止されました(再起動回数: {restarts})',
    'msg.budget': 'コンテナ{container}にはstartupProbeのない活性プローブがあり、成功しないまま約{seconds}秒で強制終了されます(タイムアウト{timeout}秒)',
    'msg.pod': 'Pod {pod}は、Windowsコンテナが時間内に満たせない活性プローブによって再起動されています。',
    'why.livenessKilled': '活性プローブが失敗したため、kubeletがコンテナを再起動した',
    'why.probeTimedOut': 'プローブがタイムアウト内に応答しなかった',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '65cd34ee79',
    'explanation': '63543b6948',
    'fix.addStartupProbe': '0b29b8da80',
    'fix.raiseTimeouts': '44e81e5a55',
    'fix.cheapProbe': '4852be5ddd',
    'msg.stopped': 'd805ea9202',
    'msg.budget': 'e660653bba',
    'msg.pod': '672fb45f1e',
    'why.livenessKilled': '627801904f',
    'why.probeTimedOut': '50d76503c6',
  },
});

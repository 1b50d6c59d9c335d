import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '停止要求によってコンテナが終了した(STATUS_CONTROL_C_EXIT)',
    'explanation': '終了コード3221225786(0xC000013A STATUS_CONTROL_C_EXIT、-1073741510とも表示)は、プロセスがクラッシュしたのではなく、CTRL+Cまたはシャットダウンのシグナルを受けて終了したことを意味します。Kubernetesでは、このシグナルはkubeletがコンテナを停止するときに送られます。Podの削除や更新、プローブの失敗、退避(eviction)やプリエンプション、ノードのドレインが理由です。終了コードは停止の痕跡にすぎず、停止の理由は前後のイベントにあります。',
    'fix.readStopEvents': '終了直前のPodイベント(Killing、Unhealthy、Evicted、Preempting)とノードのイベントを読み、誰がコンテナを停止したかを確かめます。',
    'fix.fixStopReason': 'その理由を直します。Windowsの遅い起動に合わないプローブ設定、退避を引き起こしたメモリやディスクの逼迫、または意図したロールアウトやドレインであればそのまま受け入れます。',
    'fix.handleShutdown': '停止が想定どおりであれば、プログラムがコンソールのシャットダウンイベントを処理してterminationGracePeriodSeconds内に正常終了するようにし、終了が障害と見なされないようにします。',
    'msg.stopped': 'コンテナ{container}は{code}で終了しました(再起動回数: {restarts})',
    'msg.pod': 'Pod {pod}は要求によって停止されました(STATUS_CONTROL_C_EXIT)。誰が停止したかはイベントに示されています。',
    'why.exitCodeCtrlC': 'プロセスが停止要求のコードであるSTATUS_CONTROL_C_EXIT(0xC000013A)で終了した',
    'why.controlCExitName': 'ステータスがWindowsプロセスのCTRL+C/シャットダウンによる終了を示している',
  },
  sources: {
    'title': '99fcb819ad',
    'explanation': 'ad31ef4cb8',
    'fix.readStopEvents': 'fd7149775c',
    'fix.fixStopReason': 'f700fd5aaf',
    'fix.handleShutdown': '2a8f9032f0',
    'msg.stopped': '41e388133e',
    'msg.pod': '62d5bb1385',
    'why.exitCodeCtrlC': 'fb30e190e2',
    'why.controlCExitName': '7862f9e459',
  },
});

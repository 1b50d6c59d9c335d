import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows Podからクラスター外部へのpingはサポートされていない',
    'explanation': 'Windows Podに設定されるアウトバウンドNATルールはTCPとUDPだけです。クラスターネットワーク外の宛先へのICMPは設定されないため、実際の通信は動作していてもpingは失敗します。したがって、Windows Podからのpingの失敗は接続性について何も示しません。',
    'fix.testExternalConnectivity': 'pingではなくTCPで外部への接続を確認します: curl.exe <address>、またはPowerShellのイメージでTest-NetConnection <address> -Port 443',
    'fix.replacePingBased': 'pingを使ったヘルスチェックやreadinessチェックを、TCPまたはHTTPのプローブに置き換えます。',
    'fix.ifTcpAlso': 'TCPも失敗する場合は、CNIのOutBoundNATのExceptionListを確認します(outbound-nat-exceptionlistを参照)。',
    'why.windowsPingPod': 'Pod内のWindowsのpingに応答がない: Windows PodからのアウトバウンドのICMPは設定されない',
    'why.everyWindowsPing': 'Windowsのpingがすべて失われた。Windows Podから外部へのICMPでは想定どおりの結果',
    'why.windowsPingOutput': 'Windowsのpingの出力。Windows Podから外部アドレスへのICMPはサポートされていない',
    'msg.pod': '{pod}から{host}へのpingは失敗しますが、同じアドレスへのTCPは成功します。Windows Podではpingは接続確認の手段として使えません。',
    'msg.icmpFailed': '{target}へのICMPエコーが失敗',
    'msg.tcpSucceeded': '{target}へのTCPが成功',
    'msg.tcpSucceededDetail': '{target}へのTCPが成功({detail})',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'd98e1e23cd',
    'explanation': '3d5d87f871',
    'fix.testExternalConnectivity': '224b105719',
    'fix.replacePingBased': '729c639322',
    'fix.ifTcpAlso': 'ca7cb429fd',
    'why.windowsPingPod': 'a31c3f18a0',
    'why.everyWindowsPing': '92fd61e2f4',
    'why.windowsPingOutput': '46f30fa465',
    'msg.pod': '0adfff5337',
    'msg.icmpFailed': '8c25d26ded',
    'msg.tcpSucceeded': 'a5e1af9dd9',
    'msg.tcpSucceededDetail': '78fc833473',
  },
});

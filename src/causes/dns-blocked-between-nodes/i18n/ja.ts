import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'WindowsノードからクラスターDNSのPodへのDNS通信がブロックされている',
    'explanation': 'Windowsノードは、CoreDNSを実行するLinuxノードとは別のノードグループに属し、セキュリティグループやNSGも異なることがよくあります。LinuxノードのルールがWindowsノードからのDNS(UDPとTCPの53)やPodの通信を受け付けないと、Linux Podは名前解決できるのに、Windows Podからの名前解決はすべてタイムアウトし、Windows Podからの他のServiceへの通信は動き続けます。',
    'fix.allowDns': 'セキュリティグループ / NSGの双方向で、WindowsノードグループからCoreDNSを実行するノードへのUDPとTCPの53(とPod / オーバーレイの通信)を許可します。',
    'fix.sameGroup': 'または、マネージドノードグループのように、WindowsとLinuxのノードグループを共通のセキュリティグループに入れます。',
    'fix.retest': 'Windows Podから、kubernetes.default.svc.cluster.localと外部の名前をもう一度名前解決します。',
    'msg.pod': 'Pod {pod}は他のServiceには到達できるのに、クラスターDNSで名前解決できません。ノードからCoreDNSのPodへのDNS通信がブロックされている可能性があります。',
    'msg.dnsFails': '{target}は名前解決できない',
    'msg.tcpWorks': '{target}に到達できる',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '83d2522938',
    'explanation': 'e73f98d3ec',
    'fix.allowDns': '46fd0304a3',
    'fix.sameGroup': 'be6c79111f',
    'fix.retest': '42b8c7508d',
    'msg.pod': '0faba81399',
    'msg.dnsFails': 'd4848635bd',
    'msg.tcpWorks': '120f9c1338',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'vSphere上のFlannel VXLANがvSphereのオーバーレイとUDP 4789で衝突する',
    'explanation': 'WindowsでのFlannelのvxlanバックエンドは、Podの通信をUDPポート4789でVXLANにカプセル化します。vSphere環境が同じポートで独自のオーバーレイを動かしていると、ハイパーバイザーがそれらのパケットを取り込んでしまうことがあり、同じNode内の通信は動作するのに、Node間のPod同士の通信が壊れます。',
    'fix.findOutWhether': 'vSphereのホストが独自のオーバーレイにUDP 4789のVXLANを使用しているかどうかを確認します(vSphere / NSXの管理者に問い合わせます)。',
    'fix.moveOneTwo': '2つのオーバーレイのどちらかを別のUDPポートに移します。vSphereのオーバーレイを再構成するか、LinuxとWindowsのすべてのNodeでFlannelに別のVXLANポート(net-conf.jsonのvxlanバックエンドのPort設定)を指定します。',
    'fix.restartFlanneldKube': 'すべてのNodeでflanneldとkube-proxyを再起動し、Node間のPod同士の通信を確認します。',
    'msg.podContainer': 'Pod {pod}のコンテナ{container}: {setting}',
    'msg.backendProbed': 'net-conf.jsonのFlannelバックエンドはvxlan',
    'msg.node': '{node}はvSphere上でFlannel vxlan(UDP 4789)を使用しています。vSphereのオーバーレイが同じポートを使用している場合、Node間のPodの通信が横取りされます。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '1737a5c452',
    'explanation': 'fc45f72e05',
    'fix.findOutWhether': '75354f1318',
    'fix.moveOneTwo': 'cfdc781ffd',
    'fix.restartFlanneldKube': '4344db764d',
    'msg.podContainer': 'd984580164',
    'msg.backendProbed': 'bef38ff1fc',
    'msg.node': 'f07914a1c8',
  },
});

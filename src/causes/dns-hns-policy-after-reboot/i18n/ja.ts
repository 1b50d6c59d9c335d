import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Nodeの再起動後、古いHNSポリシーを削除するまでPodのDNSが失敗する',
    'explanation': '古いWindowsクラスター(acs-engine時代、HNSポリシーリストを使用)では、再起動前にkube-proxyが設定したHNSポリシーが再起動後も残り、作り直されたネットワークと一致しなくなります。再起動のたびに、古いポリシーが削除されてkube-proxyが設定し直すまで、PodからクラスターDNSのServiceへの問い合わせが失敗します。同じNodeで2つ目のPodを動かすと、問題が表に出なくなることもあります。',
    'fix.nodeStopKube': 'Node上でkube-proxyとkubeletを停止します(Stop-Service kube-proxy; Stop-Service kubelet)。',
    'fix.removeContainerNetwork': 'HNSモジュールでコンテナネットワークとポリシーリストを削除します: Get-HnsNetwork | Where-Object Name -eq <network name> | Remove-HnsNetwork; Get-HnsPolicyList | Remove-HnsPolicyList',
    'fix.startKubeletKube': 'kubeletとkube-proxyを再び起動し、PodからDNSを確認します(Resolve-DnsName kubernetes.default.svc.cluster.local)。',
    'fix.acsEngineClusters': 'acs-engineのクラスターでは、起動のたびにクリーンアップが行われるようにacs-engine#2378の修正を適用します(または再デプロイします)。',
    'msg.booted': 'Nodeの起動時刻: {time}',
    'msg.bootedUp': 'Nodeの起動時刻: {time}(稼働時間 {uptime})',
    'msg.rebootedEvent': '{time}に再起動: {message}',
    'msg.dnsFailed': '{pod}からの{target}の名前解決に失敗',
    'msg.podsBeforeBoot': '{node}上のPodの大半がその起動より前に開始されている',
    'msg.policyLists': 'NodeにHNSポリシーリストが{count}個存在',
    'msg.dnsVipMissing': '{node}にクラスターDNSのアドレス{ip}を扱うHNSロードバランサーがない',
    'msg.pod': '{node}の再起動後、{pod}でDNSが失敗しています。起動前から残っている古いHNSポリシーが既知の原因です。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '64ffcf8701',
    'explanation': '78e2557ccb',
    'fix.nodeStopKube': '81e2b5337d',
    'fix.removeContainerNetwork': 'a609dab294',
    'fix.startKubeletKube': 'd451c08032',
    'fix.acsEngineClusters': '471ca167ec',
    'msg.booted': 'd747892798',
    'msg.bootedUp': 'ef4cf8b962',
    'msg.rebootedEvent': 'd75470ed33',
    'msg.dnsFailed': '0d0d2d3012',
    'msg.podsBeforeBoot': '8591018cbf',
    'msg.policyLists': '5a08ad7bed',
    'msg.dnsVipMissing': 'b1c98d0f97',
    'msg.pod': '64f01f5c2a',
  },
});

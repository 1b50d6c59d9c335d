import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '再起動後、CNIネットワークの準備前にkubeletが起動する',
    'explanation': 'Windowsノードの再起動後、CNIエージェント(Calico、flanneld、Antrea)がHNSネットワークを作り直す前に、kubeletサービスが起動することがあります。kubeletはすぐにPodのサンドボックスを再作成し、サンドボックスはネットワークエンドポイントを受け取りますが、直後にエージェントがネットワークを作り直す際にそれを削除します。そのためPodは機能するネットワークのないまま動き続け、多くの場合--forceなしでは削除できません。',
    'fix.waitForNetwork': 'kubeletサービスがCNIネットワークを待つようにします。エージェントへのサービス依存関係を設定するか、CNIが作成するネットワークがGet-HnsNetworkに表示されるまで待つ起動スクリプトを使います。',
    'fix.upgradeAgent': 'CNIエージェントのWindows用インストールを、kubeletサービスがすでにネットワークを待つリリースに更新します(Calico for Windowsはcalico#6656以降)。',
    'fix.recreatePods': '影響を受けたPodを削除して新しいエンドポイントを割り当てます。削除が止まる場合は、ノードを確認したうえでkubectl delete pod --grace-period=0 --forceを使います。',
    'msg.booted': 'ノードは{time}に起動',
    'msg.rebootedEvent': '{time}に再起動: {message}',
    'msg.unreachable': '{pod}から{target}に到達できない',
    'msg.stuck': '{pod}は{time}からTerminatingのまま',
    'msg.pod': 'Pod {pod}は{node}の起動から{minutes}分後に再起動され、それ以降ネットワークが機能していません。kubeletの起動時にCNIネットワークの準備ができていなかった可能性があります。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b465b216b7',
    'explanation': 'cb723e78e0',
    'fix.waitForNetwork': '79cac78ca4',
    'fix.upgradeAgent': 'b1068960d6',
    'fix.recreatePods': '171391eedd',
    'msg.booted': 'd747892798',
    'msg.rebootedEvent': 'd75470ed33',
    'msg.unreachable': 'e39a54cc34',
    'msg.stuck': '9fd0904414',
    'msg.pod': '2dec09e5bb',
  },
});

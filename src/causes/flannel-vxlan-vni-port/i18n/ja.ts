import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'FlannelのVXLANが、Windowsで使えないVNIまたはUDPポートを使っている',
    'explanation': 'Windowsでは、flannelのVXLANバックエンドにVNI 4096以上とUDPポート4789が必要です。net-conf.jsonがLinuxの既定値(VNI 1、ポート8472)のままのクラスターでは、Windowsノードのflanneldがオーバーレイネットワークを作れないか、Windows Podが他のノードと通信できません。',
    'fix.setVni': 'flannelのnet-conf.jsonのBackendに"VNI": 4096と"Port": 4789を設定します(kube-flannel-cfg ConfigMap、またはRKE2のflannelの値のようなディストリビューションのflannel設定)。',
    'fix.restartFlannel': 'LinuxとWindowsのすべてのノードでflannelを再起動し、全ノードが同じVNIとポートを使うようにします。',
    'fix.recreatePods': '変更前に作成されたWindows Podを作り直します。',
    'why.vniTooLow': 'Windows用のflanneldは4096未満のVXLAN VNIを拒否する',
    'msg.node': '{node}のflannelはVNI {vni}のVXLANを使っています。WindowsにはVNI 4096以上とUDPポート4789が必要です。',
    'msg.annotation': 'flannel.alpha.coreos.com/backend-data: {data}',
    'msg.pod': 'Pod {pod}のflanneldが、クラスターに設定されたVXLANのVNIを拒否しています。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '5efca0c073',
    'explanation': 'df8e467d56',
    'fix.setVni': '9e24fd2f08',
    'fix.restartFlannel': 'be51d8d444',
    'fix.recreatePods': 'c0c07e0e6f',
    'why.vniTooLow': 'bb26b75d3d',
    'msg.node': 'fbee438a0c',
    'msg.annotation': '4717e4b54d',
    'msg.pod': '9b8fd44ef2',
  },
});

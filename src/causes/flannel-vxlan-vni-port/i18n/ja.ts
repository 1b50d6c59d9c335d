import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'flannelのVXLANが、Windowsで使えないVNIまたはUDPポートを使っている',
    'explanation': 'Windowsのオーバーレイネットワークは4096以上のVXLANネットワーク識別子(VNI)しか受け付けず、VXLANをUDPポート4789で運びます。そのためflannelのLinux向け既定値(VNI 1、ポート8472)のままでは、Windowsノードは動作するオーバーレイネットワークを持てません。flannelがそのノードで失敗するか、Podが他のノードに到達できません。',
    'fix.setVniPort': 'flannelのnet-conf.json(kube-flannel-cfg ConfigMap、またはディストリビューションのflannel設定)のBackendに"VNI": 4096と"Port": 4789を設定します。',
    'fix.wholeCluster': 'Linuxを含むすべてのノードに同じ値を適用します。一つのVXLANネットワークのノードはVNIとポートが一致していなければなりません。',
    'fix.restartFlannel': 'すべてのノードでflannelを再起動し、WindowsノードのPodを作り直します。',
    'msg.network': 'HNSオーバーレイネットワーク{network}はVNI {vni}を使っており、{lowest}未満です',
    'msg.node': '{node}のflannel VXLANネットワークは{lowest}未満のVNIを使っており、Windowsのオーバーレイネットワークはこれを受け付けません。',
    'msg.pod': 'Pod {pod}のノードのflannelがVXLANの設定を拒否しています。WindowsにはVNI 4096以上とUDPポート4789が必要です。',
    'why.vniBelowWindowsMinimum': 'Windowsでは4096以上が必要なため、flannelがVXLANネットワーク識別子を拒否した',
    'why.portMustBe4789': 'WindowsはVXLANを4789でしか運ばないため、flannelがVXLANのUDPポートを拒否した',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '5efca0c073',
    'explanation': '2feb89b37d',
    'fix.setVniPort': 'b1467894c4',
    'fix.wholeCluster': '48de4d5d7e',
    'fix.restartFlannel': 'bc39f4132f',
    'msg.network': '247d15047b',
    'msg.node': 'da2864fca1',
    'msg.pod': '6495cd3742',
    'why.vniBelowWindowsMinimum': '281b262457',
    'why.portMustBe4789': '5b8a99338d',
  },
});

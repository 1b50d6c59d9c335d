import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'ネットワークポリシーエンジンがWindowsノードに対応していない、またはサポートが終了している',
    'explanation': 'NetworkPolicyの効果は各Nodeでそれを適用するエージェント次第ですが、多くのポリシーエンジンはWindowsで動いたことがありません。flannelや素のWindowsブリッジ/オーバーレイのプラグインは何も適用せず、Linuxノードだけに対応するエンジンもいくつもあります。AKSのWindowsノードプールは、Calico for Windowsが登場するまでポリシーにまったく対応していませんでした。そのため、WindowsのPodを選択するポリシーはAPIサーバーには受け付けられても、それらのNodeでは何も言わずに適用されないか、一部のPodにだけ適用されます。Azure Network Policy Manager(NPM)はWindowsノードでも動いていましたが、AKSは2026年9月30日でWindowsノードでのサポートを終了し、Windows向けにCiliumへ移行する道もありません。',
    'fix.checkEngine': 'WindowsノードでNetworkPolicyを適用しているエンジン(そこで動いているDaemonSetのPod: calico-node-windows、azure-npm、antrea-agent-windowsなど)を確認し、そのエンジンがそもそもWindowsに対応しているかを調べます。',
    'fix.moveToCalico': 'Calico for Windowsのように、Windowsノードに対応したエンジンを使います(AKSでは--network-policy calicoで作成したクラスター)。そのうえで、WindowsのPodの中からポリシーをテストし直します。',
    'fix.nodeLevelRules': 'それまでは、WindowsのPodについてNetworkPolicyに頼らないでください。専用のノードプールとサブネットに分け、ネットワークセキュリティグループやホストのファイアウォール規則で通信を制限します。',
    'fix.separateTrust': 'ポリシーが適用されない間は、互いに分離しなければならないワークロードを同じWindowsノードに置かないようにします。',
    'msg.npmPod': 'Pod {pod}がこのNodeでAzure NPM({image})を実行しています',
    'msg.retired': '{node}のWindowsのPodはAzure NPM for Windowsで保護されていますが、AKSでのサポートは{date}に終了しました。',
    'msg.retiring': '{node}のWindowsのPodはAzure NPM for Windowsで保護されていますが、AKSでのサポートは{date}に終了します。',
    'msg.policy': "NetworkPolicy {policy}は、ネットワークプラグインがNetworkPolicyを適用しないWindowsノード({nodes})上の{count}個のPodを選択しています。これらのPodにはポリシーが適用されません。",
    'msg.policySelects': "NetworkPolicy {policy}({types})はWindowsノード上の{count}個のPodを選択しています",
    'msg.pluginFromProbe': "ノード{node}: CNI設定{path}は{plugin}を使っており、NetworkPolicyを適用しません。ポリシーエージェントも動いていません",
    'msg.pluginFromAnnotation': "ノード{node}: Podネットワークはflannel({annotation}={value})が提供しており、NetworkPolicyを適用しません。ポリシーエージェントも動いていません",
    'msg.selectedPod': "Pod {pod}は{node}で動いています",
    'msg.morePods': "Windowsノード上で選択されたPodがほかに{count}個あります",
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'fea6e9e015',
    'explanation': '3cb9f75e37',
    'fix.checkEngine': 'f7a1547904',
    'fix.moveToCalico': 'c6b61517df',
    'fix.nodeLevelRules': '498b81f92c',
    'fix.separateTrust': '5e65ec8652',
    'msg.npmPod': 'ab03ca3a4f',
    'msg.retired': '8d4af70136',
    'msg.retiring': '5e592aac05',
    'msg.policy': '26a7ea66f1',
    'msg.policySelects': 'd7e91f42f1',
    'msg.pluginFromProbe': 'b5e5aefb9c',
    'msg.pluginFromAnnotation': 'd326f1cbfe',
    'msg.selectedPod': '5b11a4f053',
    'msg.morePods': '707a817aa4',
  },
});

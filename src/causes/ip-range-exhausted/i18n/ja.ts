import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'NodeのPod用IPアドレス範囲が枯渇している',
    'explanation': '各Nodeは自身の範囲からPodにアドレスを割り当てます。範囲を使い切ると(多くの場合、削除されたPodのアドレスが解放されていないことが原因です。HNSエンドポイントやIPAMの記録のリーク)、サンドボックスの作成が"failed to allocate for range"で失敗し、実際に動作しているPodは少ないのに新しいPodがContainerCreatingのままになります。',
    'fix.compareRunningPods': 'Node上で動作しているPodの数と、NodeのPod範囲の大きさを比較します(kubectl get node <node> -o jsonpath="{.spec.podCIDR}")。',
    'fix.drainNodeKubectl': 'Nodeをドレインします(kubectl drain <node> --ignore-daemonsets)。',
    'fix.removeStaleHns': '古いHNSエンドポイント(hnsdiag list endpoints / hnsdiag delete endpoints <id>)と、host-local IPAMの状態(c:\\var\\lib\\cniまたはc:\\var配下のnetworksフォルダー)を削除します。',
    'fix.restartContainerRuntime': 'コンテナランタイムとkubeletを再起動し、Nodeをuncordonします。',
    'why.hostLocalIpam': 'host-local IPAMがNodeのPod範囲に空きアドレスを見つけられなかった',
    'why.everyAddressNode': 'NodeのPod範囲のすべてのアドレスが使用中として記録されている',
    'why.ipamPluginHas': 'IPAMプラグインにこのNode用の空きPodアドレスが残っていない',
    'msg.podOnNode': 'Pod {pod}にIPアドレスが割り当てられません。Node {node}のPod範囲が枯渇しています。',
    'msg.pod': 'Pod {pod}にIPアドレスが割り当てられません。NodeのPod範囲が枯渇しています。',
    'msg.podCidr': 'Node {node}のpodCIDR {cidr}、割り当てられたPod {count}個',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'eee884cf87',
    'explanation': '94b123d8d2',
    'fix.compareRunningPods': '3715845a99',
    'fix.drainNodeKubectl': '08ad4d2152',
    'fix.removeStaleHns': '3a050a6b8f',
    'fix.restartContainerRuntime': '686e0f4148',
    'why.hostLocalIpam': '959b5454a7',
    'why.everyAddressNode': 'bcfd6debf1',
    'why.ipamPluginHas': 'fc5d78ac8f',
    'msg.podOnNode': '0f9fe0d2e0',
    'msg.pod': '5f7dbd32a4',
    'msg.podCidr': '20499c9fbb',
  },
});

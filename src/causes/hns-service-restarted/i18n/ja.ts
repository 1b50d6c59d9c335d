import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'ホストネットワークサービスが再起動し、コンテナーネットワークの状態が失われた',
    'explanation': 'ホストネットワークサービス(HNS)がクラッシュしたり再起動されたりすると、実行中のPodのエンドポイント、kube-proxyのロードバランサー、DNSのポリシーが消えたり、不整合な状態で戻ったりします。PodはIPを持ったまま動き続けますが、kube-proxyがノードを構成し直してPodが作り直されるまで、通信(多くは最初にDNS)が失われます。',
    'fix.restartKubeProxy': 'ノードのkube-proxyを再起動し、HNSのロードバランサーとポリシーを作り直させます(Serviceが多いと時間がかかります)。',
    'fix.recreatePods': 'ノードのPodを作り直し(drainしてuncordonするか、削除して)、CNIにHNSエンドポイントを作り直させます。',
    'fix.updateHost': 'ノードが遭遇したHNSのクラッシュがないビルドにWindows(とノードイメージ)を更新し、システムイベントログで再起動の理由を確認します。',
    'why.hnsTerminated': 'ホストネットワークサービスが停止し、保持していたコンテナーネットワークの状態が失われる',
    'why.endpointsMissing': '実行中のPodのHNSエンドポイントがなくなっている。HNSの再起動後に起きる',
    'msg.pod': 'Pod {pod}は、ホストネットワークサービスの再起動後にHNSエンドポイントまたはポリシーを失いました。',
    'msg.node': '{node}のホストネットワークサービスが停止または再起動しました。Podのエンドポイントとロードバランサーは、作り直されるまで欠けていることがあります。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'c3f254d53d',
    'explanation': '71cacced6f',
    'fix.restartKubeProxy': 'a1456df7c9',
    'fix.recreatePods': 'f1ef34a0e2',
    'fix.updateHost': '6bfa4bc95b',
    'why.hnsTerminated': 'e707c0a688',
    'why.endpointsMissing': 'a396e2cbce',
    'msg.pod': '0c76d7d7f2',
    'msg.node': '2d2c63ee9e',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'クラスターのCNIではなくcontainerdの既定のnat CNI構成が使われている',
    'explanation': 'Windowsにcontainerdをインストールすると、containerdのCNI構成ディレクトリに0-containerd-nat.jsonというネットワーク構成が残ることがあります。containerdはファイル名順で最初の構成を使うため、PodはflannelやCalicoではなくnatプラグインに接続されます。PodにNATネットワークのアドレスが割り当てられるか、natプラグインのHNSネットワークがクラスターのCNIが作ったものと衝突して、すべてのサンドボックスが失敗します。',
    'fix.removeNatConfig': 'containerdのCNI構成ディレクトリから0-containerd-nat.json(およびその他の不要な構成)を削除し、クラスターのCNIの構成だけが残るようにします。',
    'fix.restartRuntime': 'containerdを再起動し、新しいPodにノードのPod CIDRのアドレスが割り当てられることを確認します。',
    'fix.recreatePods': 'nat構成があった間にNATアドレスを受け取ったPodや失敗したPodを作り直します。',
    'why.natPlugin': 'サンドボックスがクラスターのCNIではなくcontainerdの既定のnat構成を通った',
    'msg.pod': 'Pod {pod}は、クラスターのネットワークではなくcontainerdのnat CNIプラグインに接続されました。',
    'msg.node': '{node}のcontainerdは、クラスターのCNIではなくnatのCNI構成({conf})を使っています。',
    'msg.conf': '使用中のCNI構成: {conf}(種類 {type})',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '736584ffb2',
    'explanation': '4676fb0e2f',
    'fix.removeNatConfig': '5be5ce3ecc',
    'fix.restartRuntime': 'a3d154f1ed',
    'fix.recreatePods': '2cb1081ee9',
    'why.natPlugin': '728bcb0f85',
    'msg.pod': 'ba12ac058d',
    'msg.node': '16723d3b84',
    'msg.conf': '3f4a87d901',
  },
});

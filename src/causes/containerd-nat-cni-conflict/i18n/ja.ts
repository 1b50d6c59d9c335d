import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerdのインストールが残したnatのCNI設定が、クラスターのCNIの代わりに使われている',
    'explanation': 'Windowsでサンプルスクリプトを使ってcontainerdをインストールすると、natプラグイン用のCNI設定(0-containerd-nat.json)がCNI設定ディレクトリに書き込まれます。containerdは名前順で最初の設定ファイルを使うため、PodはクラスターのネットワークではなくローカルのNATネットワークに接続されます。PodがNATのアドレスを受け取るか、HNSネットワークの作成が衝突してサンドボックスの作成が失敗します。',
    'fix.removeNatConfig': 'containerdのCNI設定ディレクトリからnatの設定(0-containerd-nat.json)を削除し、クラスターのCNI設定だけが残るようにします。',
    'fix.restartContainerd': 'containerd(とflanneldなどのCNIエージェント)を再起動して、クラスターの設定を読み込ませます。',
    'fix.recreatePods': 'そのノードでNATのアドレスを受け取ったPodや、サンドボックスの作成に失敗したPodを作り直します。',
    'msg.natConfig': 'containerdのCNI設定{path}はnatプラグインを使っています',
    'msg.clusterNetwork': 'クラスターのCNIのHNSネットワーク{network}({type})も存在します',
    'msg.node': '{node}のPodは、クラスターのCNIではなく、containerdのインストールが残したnatのCNI設定で接続されています。',
    'msg.pod': 'Pod {pod}はクラスターのCNIではなくnatのCNIプラグインで設定されました。',
    'why.natPluginFailed': 'サンドボックスのネットワークがnatのCNIプラグインで設定されたが、クラスターのネットワークがこれを設定することはない',
    'why.containerdNatConfig': 'メッセージがcontainerdのインストールスクリプトが書き込むnatのCNI設定を示している',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '86ad4d2405',
    'explanation': 'da2d6ed8bd',
    'fix.removeNatConfig': 'b00c2b438b',
    'fix.restartContainerd': 'e7992c387e',
    'fix.recreatePods': '8206cf06b1',
    'msg.natConfig': '23422eb912',
    'msg.clusterNetwork': 'cf29de0793',
    'msg.node': 'f9b3a4992c',
    'msg.pod': '58fdb2ba81',
    'why.natPluginFailed': '38a64ad469',
    'why.containerdNatConfig': '6b52d557a6',
  },
});

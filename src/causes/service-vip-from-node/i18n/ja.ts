import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows Node自身からClusterIPのServiceに到達できない',
    'explanation': 'WindowsのServiceのアドレス(ClusterIP)は、コンテナネットワーク用のHNSロードバランサーとして設定されます。多くのWindowsビルドでは、ホスト自身のネットワークスタックはそれらを経由しないため、Node上のプロセス(またはhostNetwork / HostProcessのPod)はClusterIPに接続できません。一方、同じNode上の通常のPodはすべて接続できます。',
    'fix.reachServicesPods': 'ServiceにはNodeからではなくPodからアクセスします。ホスト上のプロセスからは、エンドポイントのアドレス(または他のNodeのNodePort)を使用します。',
    'fix.hostprocessPodsMust': 'Serviceを呼び出す必要があるHostProcess Podは、APIサーバーまたはServiceのエンドポイントに直接接続します。',
    'fix.keepNodeCurrent': 'ホストからServiceへのアクセスが改善されている、最新のWindowsビルドとkube-proxyのバージョンをNodeで使用します。',
    'msg.succeeded': '成功',
    'msg.failed': '失敗',
    'msg.fromPod': 'PodからClusterIP {target}へのTCP: {outcome}',
    'msg.fromHost': 'NodeのホストネットワークからClusterIP {target}へのTCP: {outcome}',
    'msg.fromWitness': 'Pod {pod}からClusterIP {target}へのTCP: {outcome}',
    'msg.pod': 'ClusterIP {vip}は{pod}からは応答しますが、{node}のホストネットワークからは応答しません。これはServiceの故障ではなく、Windowsの既知の制限です。',
    'msg.podUnknownNode': 'ClusterIP {vip}は{pod}からは応答しますが、そのNodeのホストネットワークからは応答しません。これはServiceの故障ではなく、Windowsの既知の制限です。',
    'msg.node': 'ClusterIP {vip}に{node}のホストネットワークからは到達できませんが、同じNode上のPod {pod}からは到達できます。これはWindowsの既知の制限です。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '57a3e88636',
    'explanation': '198ac32848',
    'fix.reachServicesPods': '89a7633515',
    'fix.hostprocessPodsMust': '694720dca9',
    'fix.keepNodeCurrent': 'c3d3189e74',
    'msg.succeeded': '5dceaeceb6',
    'msg.failed': '5d28a90f44',
    'msg.fromPod': '0908129ae8',
    'msg.fromHost': '1592cdbb45',
    'msg.fromWitness': '4daf7c4a81',
    'msg.pod': '06bd027f63',
    'msg.podUnknownNode': 'fdc5e3f77e',
    'msg.node': 'e6cc2defc2',
  },
});

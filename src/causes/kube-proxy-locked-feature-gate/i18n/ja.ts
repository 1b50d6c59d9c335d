import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsのkube-proxyが既定値に固定された機能ゲートを設定している',
    'explanation': '機能が一般提供になると、その機能ゲートはtrueに固定され、無効にするよう指定するとkube-proxyは起動を拒否します。Windowsのkube-proxyの設定では、今でもIPv6DualStack=false(1.23以降は固定)やWinOverlay=false / WinDSR=false(1.34以降は固定)を渡していることが多く、アップグレード後にkube-proxyが起動直後に終了し、Windows PodがクラスターDNSやServiceを使えなくなります。',
    'fix.removeGate': '固定されたゲート(IPv6DualStack、WinOverlay、WinDSR)をkube-proxyの--feature-gatesまたは構成ファイルのfeatureGatesから削除します。DSRは--enable-dsr(winkernel.enableDSR)で制御します。',
    'fix.restartKubeProxy': 'kube-proxy(WindowsサービスまたはDaemonSetのPod)を再起動し、動作し続けることを確認します。',
    'fix.checkServices': 'Windows Podからkubernetes.default.svc.cluster.localを名前解決し、ClusterIPに接続して、Serviceが再び構成されたことを確認します。',
    'why.lockedGate': '一般提供になり既定値に固定された機能ゲートの変更をコンポーネントが拒否している',
    'msg.gates': 'kube-proxyの機能ゲート: {gates}',
    'msg.node': '{node}のkube-proxyは{gates}で起動されていますが、Kubernetes {version}ではこれらのゲートはtrueに固定されているため、kube-proxyは起動時に終了します。',
    'msg.pod': 'Pod {pod}のkube-proxyは、trueに固定された機能ゲートを設定しているため終了します。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'a8359697dd',
    'explanation': 'e89ec636a5',
    'fix.removeGate': '5f6e3f826f',
    'fix.restartKubeProxy': '22423ee4a7',
    'fix.checkServices': '355ff1ed1a',
    'why.lockedGate': '65d6643514',
    'msg.gates': 'ed4c9de2dc',
    'msg.node': 'f605b1965b',
    'msg.pod': '9e29d12c01',
  },
});

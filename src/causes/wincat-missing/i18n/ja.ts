import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kubectl port-forwardが失敗する: pauseイメージにwincat.exeがない',
    'explanation': 'Windowsでは、kubectl port-forwardの通信はwincat.exeが担い、これはpause(サンドボックス)イメージに含まれている必要があります。wincat.exeはKubernetes 1.15で導入されました。それより古いKubernetesや、wincat.exeを含めずにビルドした独自のpauseイメージでは、port-forwardが"wincat not found"で失敗します。',
    'fix.useSupportedKubernetes': 'サポートされているバージョンのKubernetes(Windows Nodeでは1.15以降)を使用します。',
    'fix.useCurrentPause': 'サンドボックスイメージとして、wincat.exeを含む最新のpauseイメージを使用します。例: registry.k8s.io/pause:3.9以降、またはmcr.microsoft.com/oss/kubernetes/pause:3.9以降',
    'fix.ifYouBuild': '独自のpauseイメージをビルドする場合は、wincat.exeをイメージにコピーします(Kubernetesリポジトリのpauseイメージのソースを参照してください)。',
    'why.portForwardingWindows': 'Windows Podへのポートフォワーディングはpauseコンテナ内でwincat.exeを実行するが、それが存在しない',
    'why.runtimeCouldStart': 'ランタイムがpauseコンテナ内でwincat.exeを起動できなかった',
    'why.kubectlPortForward': 'kubectl port-forwardがNode側で失敗した',
    'msg.pod': 'pauseイメージにwincat.exeがないため、Pod {pod}へのポートフォワーディングが失敗します。',
    'msg.node': 'pauseイメージにwincat.exeがないため、Node {node}上のPodへのポートフォワーディングが失敗します。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '7d5535288e',
    'explanation': 'b2c060b56a',
    'fix.useSupportedKubernetes': '46753643ec',
    'fix.useCurrentPause': '623c4b7632',
    'fix.ifYouBuild': 'd75501e8c0',
    'why.portForwardingWindows': '1ce34841e7',
    'why.runtimeCouldStart': '8ade0d88ad',
    'why.kubectlPortForward': '50a0a4a86f',
    'msg.pod': 'c4f04ea5e9',
    'msg.node': 'e4afb7f154',
  },
});

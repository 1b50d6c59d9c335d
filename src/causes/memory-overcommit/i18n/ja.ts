import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows Nodeのメモリがオーバーコミットされる可能性がある(予約または制限なし)',
    'explanation': 'WindowsにはOOM Killerがなく、Windows NodeはMemoryPressureを報告しません。PodがNodeの搭載量を超えるメモリを使用すると、Windowsはディスクへのページングを行い、kubeletを含むNode全体が遅くなります。Nodeではシステム用にメモリを確保し(--kube-reserved / --system-reservedで約2GiB)、すべてのコンテナにメモリ制限(できればrequestと同じ値)を設定する必要があります。',
    'fix.reserveMemoryEvery': 'すべてのWindows Nodeでメモリを予約します: kubeletを--system-reserved=memory=2Gi(または--kube-reserved、あるいは両方)で起動するか、kubeletの設定でsystemReserved/kubeReservedを指定します。',
    'fix.giveEveryWindows': 'すべてのWindowsコンテナにresources.limits.memoryを設定し、可能であればresources.requests.memoryと同じ値にします。',
    'fix.useLimitrangeNamespaces': 'Windowsのワークロードを実行するNamespaceでLimitRangeを使用し、制限のないコンテナに既定値が設定されるようにします。',
    'msg.node': 'Node {node}はメモリ{capacity}のうち{reserved}しかシステム用に確保していません。Podがすべてを使い切ることができ、Windowsは退避(eviction)ではなくページングで対処します。',
    'msg.capacity': 'メモリのcapacity {capacity}、allocatable {allocatable}',
    'msg.noMemoryPressure': 'Windows NodeはMemoryPressureを報告しないため、kubeletだけではNodeを保護できない',
    'msg.pod': 'Pod {pod}には、Windows Node上でメモリ制限のないコンテナがあります。Windowsでは、コンテナによるNodeのオーバーコミットを止める仕組みがありません。',
    'msg.noLimit': 'コンテナ{container}: resources.limits.memoryなし',
    'msg.noLimitWithRequest': 'コンテナ{container}: resources.limits.memoryなし(requests {request})',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '2dd4669433',
    'explanation': 'e921003bce',
    'fix.reserveMemoryEvery': '52cfa68ade',
    'fix.giveEveryWindows': '64fc5d1a0d',
    'fix.useLimitrangeNamespaces': '60d5614a99',
    'msg.node': '80b171c341',
    'msg.capacity': 'f265e50633',
    'msg.noMemoryPressure': '43f1fe13da',
    'msg.pod': '44efb91018',
    'msg.noLimit': '6999be0260',
    'msg.noLimitWithRequest': '0f02b6c4de',
  },
});

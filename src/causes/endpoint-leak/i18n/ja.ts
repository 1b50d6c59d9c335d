import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'HNSエンドポイントのリーク(Node上のPod数よりエンドポイントが多い)',
    'explanation': 'Windows Node上の各Podは、HNSエンドポイントとIPアドレスを1つずつ所有します。Podが削除されたときにエンドポイントが残ってしまう既知のバグが2つあります。Kubernetes 1.11.0から1.11.2のバグと、18.09より前のDocker EEのエンドポイントストアにある並行処理のバグです。リークしたエンドポイントはIPアドレスを保持したままになるため、NodeのPod用アドレス範囲が埋まり、新しいPodが"failed to allocate for range"で失敗します。',
    'fix.upgradeKubeletOff': 'kubeletを1.11.0-1.11.2以外のバージョンに、Docker EEを18.09以降にアップグレードします(またはcontainerdに移行します)。',
    'fix.drainNodeKubectl': 'Nodeをドレインします: kubectl drain <node> --ignore-daemonsets --delete-emptydir-data',
    'fix.nodeStopNode': 'Node上でNodeのサービスを停止し(C:\\k\\stop.ps1、またはStop-Service kubelet, kube-proxy)、リークしたエンドポイント(Get-HnsEndpoint | Remove-HnsEndpoint)とhost-local IPAMの状態(保存先がそこであればRemove-Item -Recurse C:\\var)を削除します。',
    'fix.startServicesAgain': 'サービスを再び起動し、Nodeをuncordonします。',
    'msg.onePod': 'Pod 1個',
    'msg.pods': 'Pod {count}個',
    'msg.kubeletBug': 'kubelet {version}には1.11.0-1.11.2のエンドポイントリークのバグがある',
    'msg.oldDocker': 'コンテナランタイムdocker://{version}は18.09より古い(エンドポイントストアの並行処理のバグ)',
    'msg.localEndpoints': 'Node上の{pods}に対してローカルのHNSエンドポイントが{count}個({limit}個を超過)',
    'msg.endpoints': 'Node上の{pods}に対してHNSエンドポイントが{count}個({limit}個を超過)',
    'msg.orphans': 'ローカルHNSエンドポイントのうち{count}個はNode上のどのPodにも属していない(例: {addresses})',
    'msg.leak': '{node}でHNSエンドポイントがリークしています。Pod数よりはるかに多くのエンドポイントがあります。',
    'msg.buggyVersion': '{node}は、HNSエンドポイントのリークが知られているバージョンで動作しています(--probeを付けて実行すると、エンドポイントの数を確認できます)。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '1617b3f9e1',
    'explanation': 'bcae082662',
    'fix.upgradeKubeletOff': '85e8dad824',
    'fix.drainNodeKubectl': 'e1994048ce',
    'fix.nodeStopNode': 'f8ee7bbf82',
    'fix.startServicesAgain': 'c1fa993850',
    'msg.onePod': '955e9c0e76',
    'msg.pods': 'eaeca5c1dd',
    'msg.kubeletBug': '1bb01f6c3e',
    'msg.oldDocker': '7c562ab3ec',
    'msg.localEndpoints': '9d23a2558d',
    'msg.endpoints': 'f88de3daf2',
    'msg.orphans': '8500f00dc5',
    'msg.leak': '6114c137b8',
    'msg.buggyVersion': '648b9d322f',
  },
});

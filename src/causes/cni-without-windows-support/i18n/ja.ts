import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsに対応していないネットワークプラグインがWindowsノードで動いている',
    'explanation': 'ネットワークプラグインの中には、Windows用のデータプレーンをまったく持たないものがあります。Cilium(Azure CNI powered by Ciliumを含む)、Weave Net、kube-routerです。こうしたプラグインがクラスターのCNIの場合、そのDaemonSetはWindowsノードに配置されて失敗する(/procのようなLinuxのホストパスが存在しない)か、Windowsノードを飛ばし、Windows Podにはネットワークが設定されません。',
    'fix.chooseCni': 'Windowsノードには、Windowsに対応したCNI(Azure CNI、Calico、Flannel、Antrea、Amazon VPC CNI)を使います。AKSでは、WindowsノードプールにはCiliumではなくAzureのデータプレーンが必要です。',
    'fix.pinToLinux': 'Linux専用のネットワークDaemonSetは、nodeSelector kubernetes.io/os: linuxでWindowsノードから外します(Windowsのtaintをすべて許容するtolerationも付けません)。',
    'fix.recreatePods': 'Windowsに対応したCNIがノードで動き始めたら、止まっていたWindows Podを作り直します。',
    'why.procHostPath': 'Linux専用のエージェント(多くはCiliumなどのCNI)が、/procのないWindowsノードにスケジュールされた',
    'msg.pod': 'Pod {pod}は、Windowsに対応していないネットワークプラグイン{plugin}をWindowsノード{node}で実行しています。',
    'msg.image': 'イメージ {image}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'df8f22811b',
    'explanation': '69e133d384',
    'fix.chooseCni': '95c07d40b8',
    'fix.pinToLinux': '1076fd5684',
    'fix.recreatePods': 'e586832876',
    'why.procHostPath': '9ab45f4079',
    'msg.pod': 'afd1180eae',
    'msg.image': '131fffeca6',
  },
});

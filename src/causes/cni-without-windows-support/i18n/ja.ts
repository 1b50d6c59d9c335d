import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'クラスターのCNIにWindows用のデータプレーンがない',
    'explanation': 'Linux上でしか動かないネットワークプラグインがあります。Cilium(Azure CNI powered by Ciliumを含む)、kube-router、Weave Net、kindnetです。それらのエージェントのDaemonSetは、必要なLinuxのホストパス、カーネル機能、バイナリがないためにWindowsノード上で失敗するか、Windowsノードを対象外にします。どちらの場合もWindowsノードではPodのネットワークを構成するものがなく、WindowsのPodはContainerCreatingのままになります。',
    'fix.chooseWindowsCni': 'Windowsノードのあるクラスターでは、Windows用データプレーンを持つネットワークプラグイン(Azure CNI、Calico、Flannel、Antrea、EKSではAmazon VPC CNI)を使います。AKSのAzure CNI powered by CiliumはWindowsノードプールをサポートしません。',
    'fix.keepAgentsOnLinux': 'Linux専用のネットワークDaemonSetにはnodeSelector kubernetes.io/os: linuxを付けてWindowsノードに配置されないようにし、そこで失敗し続けないようにします。',
    'fix.recreatePods': 'Windowsに対応したプラグインがノードで動き始めたら、止まっているWindowsのPodを削除し、ネットワーク付きで作り直されるようにします。',
    'msg.agent': 'Pod {pod}がこのWindowsノードでLinux専用のネットワークエージェント{containers}を実行しています',
    'msg.node': 'Windowsノード{node}はWindows用データプレーンを持たないネットワークプラグインのエージェントを実行しており、そのPodはネットワークを得られません。',
    'why.agentHostPathMissing': 'LinuxのネットワークエージェントがWindowsノードにないLinuxのホストパスを要求している',
    'why.linuxOnlyCniNamed': 'Windows用データプレーンのないネットワークプラグインの名前がWindowsと一緒に書かれている',
  },
  sources: {
    'title': 'dc00a7dd7d',
    'explanation': '6af5deaef9',
    'fix.chooseWindowsCni': '8dbbba5516',
    'fix.keepAgentsOnLinux': 'de69884978',
    'fix.recreatePods': '470502f71d',
    'msg.agent': '403ad7c986',
    'msg.node': 'd800418b05',
    'why.agentHostPathMissing': '19b8bfc1d0',
    'why.linuxOnlyCniNamed': 'd22859770d',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxyが、CNIが作成していない名前のHNSネットワークを探している',
    'explanation': 'Windowsのkube-proxyは、コンテナーネットワークを名前(KUBE_NETWORK、--network-name、winkernel.networkName。未設定ならcbr0)で探します。CNIが別の名前(l2bridge、vxlan0、flannel.4096、Calico、azure)でネットワークを作成していると、ネットワークは存在するのにkube-proxyは「Unable to find HNS Network specified by <name>」で待つか終了し、ノードにServiceが構成されません。',
    'fix.listNetworks': 'ノードでHNSネットワークを一覧表示し(Get-HnsNetwork | Select Name, Type)、CNIが作成したネットワークの名前を確認します。',
    'fix.setName': 'kube-proxyのKUBE_NETWORK(または--network-name / winkernel.networkName)をその名前と正確に一致させます。flannelの場合はnet-conf.jsonの名前かflannel.<VNI>です。',
    'fix.restartKubeProxy': 'kube-proxyを再起動し、ネットワークを読み込んでHNSのロードバランサーを作成することを確認します。',
    'why.checkKubeNetwork': 'kube-proxyはKUBE_NETWORKの名前でネットワークを探している。ネットワークが別の名前で存在するなら名前が誤っている',
    'why.cantFindRetrying': 'エージェントが、CNIの作成するものと異なるかもしれない名前でHNSネットワークを探し続けている',
    'msg.node': '{node}のkube-proxyはHNSネットワーク「{wanted}」を探していますが、ノードのネットワークは{networks}です。',
    'msg.networks': 'ノードのHNSネットワーク: {networks}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '98609fcb18',
    'explanation': 'fe7fd16735',
    'fix.listNetworks': 'b28fff3f63',
    'fix.setName': 'cdfc7c28f2',
    'fix.restartKubeProxy': '721dfec7d5',
    'why.checkKubeNetwork': 'fdff115a33',
    'why.cantFindRetrying': '9caafc9977',
    'msg.node': 'b7c15bb842',
    'msg.networks': '47079d5eee',
  },
});

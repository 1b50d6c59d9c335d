import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kubeletがWindowsでサポートされないcgroupの設定で起動されている',
    'explanation': 'Windowsにはcgroupがないため、Windowsのkubeletは--cgroups-per-qos=falseと空の--enforce-node-allocatableで動かす必要があります。Linux向けの設定(共有の設定ファイルやプロビジョニングのテンプレート)がWindowsのkubeletに渡ると、起動時に不正な設定のエラーで停止し、ノードはReadyになりません。',
    'fix.removeCgroupSettings': 'Windowsのkubeletを--cgroups-per-qos=falseと--enforce-node-allocatable=""で起動します(または設定ファイルでcgroupsPerQOS: falseとenforceNodeAllocatable: [])。',
    'fix.keepReservations': '--kube-reserved、--system-reserved、退避のしきい値は残します。Windowsでもノードの割り当て可能なリソースに反映されます。',
    'fix.restartKubelet': 'kubeletサービスを再起動し、ノードがReadyになることを確認します。',
    'msg.flags': 'kubeletは--enforce-node-allocatable={enforce}と--cgroups-per-qos={perQos}で動いています',
    'msg.node': '{node}のkubeletはcgroupによるノード割り当て可能量の強制を求めていますが、Windowsはこれをサポートしません。',
    'why.enforceNeedsCgroupsPerQos': 'ノード割り当て可能量の強制にはWindowsにないcgroupが必要なため、kubeletが設定を拒否した',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'deef2dfbfc',
    'explanation': '0cef8927f6',
    'fix.removeCgroupSettings': '41f08d77fd',
    'fix.keepReservations': '0502879cef',
    'fix.restartKubelet': 'df7c21a003',
    'msg.flags': 'ddd23ddbb6',
    'msg.node': '5f0dba4852',
    'why.enforceNeedsCgroupsPerQos': '99aeca3c6e',
  },
});

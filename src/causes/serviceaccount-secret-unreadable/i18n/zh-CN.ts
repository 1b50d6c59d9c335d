import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows Pod 无法读取其 ServiceAccount Secret',
    'explanation': '在早于 17074 的 Windows 内部版本上，挂载的 ServiceAccount Secret 中的文件（token、ca.crt）在容器内能列出却无法读取，因此集群内客户端无法向 API Server 认证。修复在操作系统层面，而不在 Kubernetes。',
    'fix.checkNodeBuild': '检查节点的内部版本（kubectl get node <node> -o wide）；早于 10.0.17074 的版本受影响。',
    'fix.moveWorkloadNodes': '将工作负载迁移到运行受支持 LTSC 内部版本（Windows Server 2019 或更高版本）的节点上。',
    'fix.upgradeReplaceOld': '升级或替换旧节点。',
    'why.clientPodCannot': 'Pod 中的客户端无法读取挂载的 ServiceAccount ca.crt',
    'why.mountedServiceAccount': '挂载的 ServiceAccount Secret 存在，但在 Windows 容器内无法读取',
    'why.clientPodFailed': 'Pod 中的客户端无法打开 ServiceAccount token',
    'why.clusterClientCould': '集群内客户端无法完成初始化（token 或环境变量缺失）',
    'msg.pod': 'Pod {pod} 无法读取挂载的 ServiceAccount Secret。',
    'msg.oldBuild': 'Pod {pod} 在 {build} 上挂载了 ServiceAccount token，而该内部版本无法在容器内读取它。',
    'msg.tokenMounted': '已挂载 ServiceAccount token（automountServiceAccountToken 不为 false）',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '5c68987a20',
    'explanation': '1cd9d57348',
    'fix.checkNodeBuild': '593b2a4688',
    'fix.moveWorkloadNodes': '284b2199f3',
    'fix.upgradeReplaceOld': 'f54e03c203',
    'why.clientPodCannot': '2299bbc5f1',
    'why.mountedServiceAccount': 'e4a5c81a47',
    'why.clientPodFailed': '628cdbb245',
    'why.clusterClientCould': 'c4a5509716',
    'msg.pod': '567ee0cfb6',
    'msg.oldBuild': '80668b9ca0',
    'msg.tokenMounted': '2ab1955161',
  },
});

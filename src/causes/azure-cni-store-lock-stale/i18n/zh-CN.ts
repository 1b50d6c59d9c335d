import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'azure-vnet 遗留了状态存储锁或空的状态文件',
    'explanation': 'Azure CNI 插件（azure-vnet）把状态保存在 azure-vnet.json 中，并用 azure-vnet.json.lock 保护。当插件调用中途结束、节点负载过高或在写入时重启，锁文件会残留或状态文件被清空；之后的 CNI 调用要么等锁超时，要么无法解析文件，节点上新的 Pod 都拿不到网络。',
    'fix.drainNode': '先 cordon 并 drain 该节点，在修复状态期间不再向它调度新 Pod。',
    'fix.removeLock': '在节点上停止 kubelet，删除残留的锁文件（azure-vnet.json.lock、azure-vnet-ipam.json.lock）以及大小为 0 的 azure-vnet.json 或 azure-vnet-ipam.json，然后启动 kubelet；在 AKS 上重新映像节点效果相同。',
    'fix.upgradeCni': '把 Azure CNI（或包含它的节点镜像）升级到能从残留锁和空状态文件中恢复的版本。',
    'why.lockTimeout': 'azure-vnet 拿不到存储锁，残留的 azure-vnet.json.lock 会造成这种情况',
    'why.storeInit': 'azure-vnet 无法打开状态存储',
    'why.emptyLock': 'azure-vnet 的锁文件为空，是被中断的调用留下的',
    'why.emptyState': 'azure-vnet 的状态文件为空或被截断',
    'msg.pod': 'Pod {pod} 没有获得网络：Azure CNI 插件无法读取或锁定节点上的状态存储。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'd0cb8be41a',
    'explanation': 'ca237bac97',
    'fix.drainNode': '3f1024361f',
    'fix.removeLock': '9bdf7abcd9',
    'fix.upgradeCni': '4efd2c4636',
    'why.lockTimeout': 'c79a6274b1',
    'why.storeInit': '43b808fdab',
    'why.emptyLock': 'b72ae57d41',
    'why.emptyState': 'e8817a358f',
    'msg.pod': 'cb2a45907e',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'azure-vnet 遗留了状态存储锁',
    'explanation': 'Azure CNI 插件(azure-vnet)把状态保存在 azure-vnet.json 中，并用 azure-vnet.json.lock 加以保护。当插件调用被强行终止或节点负载过高时，锁文件(或为空、写了一半的状态文件)可能被遗留下来。之后的每次调用都会在锁上超时或无法解析状态，因此在清理这些文件之前，节点上的新 Pod 都拿不到网络。',
    'fix.drainNode': '对节点执行 cordon 和 drain，在修复状态期间不再尝试创建新的沙箱。',
    'fix.removeStaleFiles': '在节点上停止 kubelet，然后删除 CNI 数据目录下遗留的锁以及为空或已损坏的状态文件(azure-vnet.json.lock、azure-vnet.json、azure-vnet-ipam.json 及其锁)；删除前先确认锁中记录的进程 ID 已不在运行。',
    'fix.restartAndUncordon': '重新启动 kubelet，确认新 Pod 能获得 IP 后，对节点执行 uncordon。',
    'fix.upgradeCni': '将 Azure CNI 升级到能处理遗留锁和存储部分写入的当前版本。',
    'msg.pod': 'Pod {pod} 无法获得网络：{node} 上的 azure-vnet 被状态存储锁或损坏的状态文件阻塞。',
    'msg.node': '{node} 上的 azure-vnet 被状态存储锁或损坏的状态文件阻塞。',
    'why.storeLockTimeout': 'azure-vnet 无法获取其状态存储的锁',
    'why.emptyLockFile': 'azure-vnet 的锁文件为空，无法判断锁由谁持有',
    'why.stateFileTruncated': 'CNI 插件读到了为空或被截断的状态文件，这通常由遗留的 azure-vnet 锁或中断的写入造成',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'c3e45d9ce4',
    'explanation': '0ac28d4a06',
    'fix.drainNode': '31de16ad11',
    'fix.removeStaleFiles': 'acd5214e5d',
    'fix.restartAndUncordon': '9a69a1c60b',
    'fix.upgradeCni': '695b500cb6',
    'msg.pod': 'ea5bbadd6e',
    'msg.node': '2d64aabe12',
    'why.storeLockTimeout': '5f4d03b996',
    'why.emptyLockFile': '2e5550e706',
    'why.stateFileTruncated': 'db2bdfce35',
  },
});

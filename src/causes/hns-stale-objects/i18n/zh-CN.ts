import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '系统更新后 HNS 网络或端点处于失效状态',
    'explanation': 'Host Networking Service 把网络和端点持久保存在磁盘上。在改动了 HNS 的 Windows 更新之后，或者对象被手工修改之后，旧版本创建的对象与当前安装的版本不再兼容，对它们的每个 HNS 调用都会以 "The wrong diskette is in the drive" 失败。',
    'fix.drainNodeKubectl': '排空节点（kubectl drain <node> --ignore-daemonsets）。',
    'fix.listHnsObjects': '列出 HNS 对象（hnsdiag list networks、hnsdiag list endpoints），删除失效的对象（hnsdiag delete networks <id>、hnsdiag delete endpoints <id>）。',
    'fix.ifEnoughWindows': '如果在 Windows Server 2019 或更高版本上仍不能解决：Stop-Service hns，删除 C:\\ProgramData\\Microsoft\\Windows\\HNS\\HNS.data，再 Start-Service hns。',
    'fix.restartNodeServices': '重启节点服务（kubelet、kube-proxy、CNI 守护进程），让网络重新创建，然后对节点执行 uncordon。',
    'why.hnsAnswersWrong': 'HNS 保存的网络或端点由旧版 HNS 写入时，HNS 会返回 "wrong diskette"',
    'why.callIntoHost': '对 Host Networking Service 的调用失败',
    'msg.pod': 'Pod {pod} 拿不到网络：其所在节点的 HNS 报告存在旧版 HNS 遗留的对象。',
    'msg.node': '节点 {node} 的 HNS 报告存在旧版 HNS 遗留的对象。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'db177c2bec',
    'explanation': '212739882e',
    'fix.drainNodeKubectl': '08ad4d2152',
    'fix.listHnsObjects': '64d4fd5f82',
    'fix.ifEnoughWindows': '32ee983b50',
    'fix.restartNodeServices': '97ce719212',
    'why.hnsAnswersWrong': '03e9ea6d7b',
    'why.callIntoHost': '0bc659bcbb',
    'msg.pod': '4eb2705c88',
    'msg.node': 'b963d89649',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点的提交限制(页面文件)已耗尽',
    'explanation': 'Windows 将每次内存分配计入提交限制，即物理内存加页面文件。Hyper-V 隔离的容器在启动时会提交其全部内存限制，因此在页面文件较小且固定的节点上运行大量或大型容器会耗尽该限制：新容器以 "The paging file is too small for this operation to complete"(0x800705AF)失败，正在运行的程序出现内存不足错误。',
    'fix.growPagefile': '在节点镜像中让 Windows 自动管理页面文件大小，或将其调大(并为其保留磁盘空间)。',
    'fix.lowerLimits': '把 Hyper-V 隔离 Pod 的内存限制降到实际需要的量；每个限制都会被完整提交。',
    'fix.removeStale': '删除仍占用提交量的已停止或残留容器，并把内存占用大的 Pod 分散到更多节点上。',
    'fix.reserveMemory': '用 kube-reserved/system-reserved 为系统预留内存，避免调度器放置超过节点可提交量的 Pod。',
    'msg.pod': 'Pod {pod} 因节点的提交内存(页面文件)耗尽而失败。',
    'msg.node': '节点 {node} 的提交内存(页面文件)已耗尽。',
    'why.pagingFileTooSmall': '提交限制(内存加页面文件)已用尽，Windows 拒绝了分配',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '67ed2dcce3',
    'explanation': '4a42edcca0',
    'fix.growPagefile': '6b8267d972',
    'fix.lowerLimits': 'c13978e9df',
    'fix.removeStale': 'a6a8b5cc54',
    'fix.reserveMemory': 'af9ef5ab64',
    'msg.pod': '92921e9401',
    'msg.node': 'bc70cdc6cb',
    'why.pagingFileTooSmall': 'fea70ae8c6',
  },
});

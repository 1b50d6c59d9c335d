import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kubelet 使用了 Windows 不支持的 cgroup 设置启动',
    'explanation': 'Windows 没有 cgroup，因此 Windows 上的 kubelet 必须以 --cgroups-per-qos=false 和空的 --enforce-node-allocatable 运行。当 Linux 风格的设置（共享的配置文件或预配模板）传到 Windows kubelet 时，它会在启动时因配置无效而停止，节点永远不会变为 Ready。',
    'fix.removeCgroupSettings': '以 --cgroups-per-qos=false 和 --enforce-node-allocatable="" 启动 Windows kubelet（或在配置文件中设置 cgroupsPerQOS: false 和 enforceNodeAllocatable: []）。',
    'fix.keepReservations': '保留 --kube-reserved、--system-reserved 和驱逐阈值：它们在 Windows 上仍会影响节点的可分配资源。',
    'fix.restartKubelet': '重启 kubelet 服务，并确认节点变为 Ready。',
    'msg.flags': 'kubelet 以 --enforce-node-allocatable={enforce} 和 --cgroups-per-qos={perQos} 运行',
    'msg.node': '{node} 上的 kubelet 要求基于 cgroup 的节点可分配资源强制，而 Windows 不支持。',
    'why.enforceNeedsCgroupsPerQos': '节点可分配资源强制需要 Windows 所没有的 cgroup，因此 kubelet 拒绝了其配置',
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

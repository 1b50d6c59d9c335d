import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点运行的 Windows 内部版本不受 Kubernetes 支持',
    'explanation': 'Kubernetes 只支持运行长期服务（LTSC）服务器版本的 Windows 节点：Windows Server 2019（10.0.17763）、2022（10.0.20348）和 2025（10.0.26100）。1709、1803、1903、1909、2004 和 20H2 等半年频道版本已停止支持，客户端版本和预览版本则从未受过支持，因此不会再为它们发布镜像、pause 容器和修复。',
    'fix.planReplaceNode': '规划用运行受支持 LTSC 内部版本（Windows Server 2019、2022 或 2025）的节点替换它。',
    'fix.rebuildRetagWorkload': '针对该内部版本重新构建工作负载镜像或重新打标签（ltsc2019、ltsc2022、ltsc2025）。',
    'fix.drainOldNode': '排空旧节点（kubectl drain <node> --ignore-daemonsets），待替换节点 Ready 后将其移除。',
    'msg.channelSac': '已停止支持的半年频道版本',
    'msg.channelClient': '客户端（桌面）版本',
    'msg.channelInsider': '预览版本',
    'msg.channelUnknown': 'Kubernetes 未列出的内部版本',
    'msg.channelLtsc': 'Kubernetes 已不再支持的长期服务版本',
    'msg.node': '节点 {node} 运行的是 {build}，属于{channel}；受支持的内部版本为 {supported}。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '31a770fd3f',
    'explanation': 'af170554e5',
    'fix.planReplaceNode': 'bdb7d4febf',
    'fix.rebuildRetagWorkload': 'eea7fe50cf',
    'fix.drainOldNode': '844f3bab1c',
    'msg.channelSac': '6fa3f613aa',
    'msg.channelClient': '3df540f8c3',
    'msg.channelInsider': 'd8c96b34d2',
    'msg.channelUnknown': '3e7b02fa7e',
    'msg.channelLtsc': '8c7c941b6c',
    'msg.node': '19768818a9',
  },
});

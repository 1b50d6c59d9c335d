import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 容器刚启动时 DNS 还不可用',
    'explanation': '在 dockershim 和较旧的 Windows 版本上，Windows 容器的 DNS 设置可能在进程启动之后才生效，因此启动瞬间的名称解析会失败（“No such host is known”“No DNS servers configured”），几秒后又成功。立即调用服务的 init 容器和启动代码受影响最大，Pod 重启后会恢复。',
    'fix.retryAtStart': '让启动代码（或第一个 init 步骤）在几秒内重试名称解析，而不是第一次解析失败就放弃。',
    'fix.moveRuntime': '把节点迁移到使用 HNS v2 CNI 插件的 containerd 和最新的 Windows 版本，在那里容器启动时 DNS 设置已经就绪。',
    'fix.readinessGate': '不要在容器最初几秒内调用其他服务，或把调用放在等待 DNS 应答的就绪检查之后。',
    'why.noDnsServers': '容器还没有 DNS 服务器，这在 Windows 容器的最初几秒很常见',
    'why.noSuchHost': '名称解析失败；Windows 容器刚启动时 DNS 可能尚未配置',
    'msg.pod': 'Pod {pod} 的容器 {container} 在启动 {seconds} 秒后名称解析失败；Windows 容器最初几秒内 DNS 往往尚未就绪。',
    'msg.ran': '容器 {container} 运行了 {seconds} 秒：{message}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'e063d2a58c',
    'explanation': 'e60b47b953',
    'fix.retryAtStart': '884df48e2e',
    'fix.moveRuntime': 'cd9b96f342',
    'fix.readinessGate': '5a3feb2111',
    'why.noDnsServers': 'd3685d6920',
    'why.noSuchHost': '179650eb45',
    'msg.pod': 'd2491b2dc2',
    'msg.ran': 'e50ebb97c9',
  },
});

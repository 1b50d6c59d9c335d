import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 容器内的 DNS 客户端缓存记住了失败的查询',
    'explanation': 'Windows 容器在内部运行自己的 DNS 客户端(Dnscache)服务，该服务不仅缓存成功的应答，也缓存否定应答。一次失败的查询(容器启动时 DNS 还不可达，或某个查询超时)随后会直接由缓存作答，因此即使 DNS 已经恢复，该名称在这个容器内仍会在几分钟内持续解析失败。同一名称在其他 Pod 中可以解析；在该容器内执行 ipconfig /flushdns 或重启 Pod 后也会立即解析成功。',
    'fix.confirmWithFlush': '确认原因在于缓存：在 Pod 内执行 ipconfig /displaydns，再执行 ipconfig /flushdns，然后重试查询；如果现在能解析，说明失败结果被缓存了。',
    'fix.disableNegativeCache': '在镜像中，将 HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dnscache\\Parameters 下的 MaxNegativeCacheTtl 设为 0(如果过期的成功应答也造成问题，再把 MaxCacheTtl 设为几秒)，使失败的应答永远不被保留。',
    'fix.disableDnscache': '或者在容器镜像中停用 Dnscache 服务(Set-Service dnscache -StartupType Disabled)，并接受每次查询都发往集群 DNS。',
    'fix.fixFirstFailure': '找出第一次查询失败的原因(容器刚启动时 DNS 尚未就绪、节点上缺少 DNS 策略、丢包)并一并修复；缓存只是让一次失败持续得更久。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '3350731a39',
    'explanation': '4baff2b43f',
    'fix.confirmWithFlush': 'fb635ab034',
    'fix.disableNegativeCache': '77f688567b',
    'fix.disableDnscache': '2dcdff8b77',
    'fix.fixFirstFailure': '27d3818384',
  },
});

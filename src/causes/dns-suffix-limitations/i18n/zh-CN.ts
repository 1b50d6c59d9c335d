import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows DNS 的限制：只有一个搜索后缀，不支持 ClusterFirstWithHostNet',
    'explanation': 'Windows Pod 只有一个 DNS 后缀，即其所在命名空间的后缀（<namespace>.svc.cluster.local）。因此 kubernetes.default 或 svc.other-namespace 这类部分限定的名称无法解析，而完整域名和同一命名空间内的短名称可以解析。Windows 不支持 dnsPolicy ClusterFirstWithHostNet。',
    'fix.useFullyQualified': '访问其他命名空间的 Service 时使用完整域名（<service>.<namespace>.svc.cluster.local），同一命名空间内直接使用 Service 名称。',
    'fix.replaceDnspolicyClusterfirstwithhostnet': '将 Windows Pod 上的 dnsPolicy ClusterFirstWithHostNet 改为 ClusterFirst（使用主机 DNS 时改为 Default）。',
    'fix.testNameResolution': '在 Pod 内用 Resolve-DnsName 测试名称解析（nslookup 会绕过 Windows 解析器的部分环节）。',
    'why.windowsPodGets': 'Windows Pod 只有自己所在的命名空间作为 DNS 后缀，因此部分限定的名称无法解析',
    'why.dnspolicyClusterfirstwithhostnetSupported': 'Windows Pod 不支持 dnsPolicy ClusterFirstWithHostNet',
    'msg.hostNetPolicy': 'dnsPolicy: ClusterFirstWithHostNet（Windows 不支持）',
    'msg.resolves': '{target} 可以解析',
    'msg.doesNotResolve': '{target} 无法解析',
    'msg.singleSuffix': 'Pod {pod} 只能解析完整域名：Windows Pod 只有一个 DNS 后缀（{suffix}）。',
    'msg.hostNetPod': 'Pod {pod} 使用了 dnsPolicy ClusterFirstWithHostNet，Windows 不支持该策略。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '5de3285ccf',
    'explanation': '77a6994385',
    'fix.useFullyQualified': 'd0ced40cf6',
    'fix.replaceDnspolicyClusterfirstwithhostnet': '1e2ff92e39',
    'fix.testNameResolution': '35eb1ca0f8',
    'why.windowsPodGets': 'af73993561',
    'why.dnspolicyClusterfirstwithhostnetSupported': 'b64a407619',
    'msg.hostNetPolicy': '2e29d8b499',
    'msg.resolves': '781c327014',
    'msg.doesNotResolve': 'd4848635bd',
    'msg.singleSuffix': '9f88a6dcd4',
    'msg.hostNetPod': 'af0ddf5df4',
  },
});

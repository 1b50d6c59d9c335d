import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'WindowsのDNSの制限: 検索サフィックスは1つのみ、ClusterFirstWithHostNetは非対応',
    'explanation': 'Windows Podに設定されるDNSサフィックスは、自身のNamespaceのもの(<namespace>.svc.cluster.local)だけです。そのため、kubernetes.defaultやsvc.other-namespaceのように一部だけ修飾した名前は解決できませんが、完全修飾名とNamespace内の短い名前は解決できます。dnsPolicyのClusterFirstWithHostNetはWindowsではサポートされていません。',
    'fix.useFullyQualified': '他のNamespaceのServiceには完全修飾名(<service>.<namespace>.svc.cluster.local)を、同じNamespace内のServiceにはService名だけを使用します。',
    'fix.replaceDnspolicyClusterfirstwithhostnet': 'Windows PodのdnsPolicy ClusterFirstWithHostNetを、ClusterFirst(ホストのDNSを使う場合はDefault)に置き換えます。',
    'fix.testNameResolution': 'Pod内でResolve-DnsNameを使って名前解決を確認します(nslookupはWindowsのリゾルバーの一部を経由しません)。',
    'why.windowsPodGets': 'Windows PodのDNSサフィックスは自身のNamespaceだけなので、一部だけ修飾した名前は解決できない',
    'why.dnspolicyClusterfirstwithhostnetSupported': 'dnsPolicy ClusterFirstWithHostNetはWindows Podではサポートされていない',
    'msg.hostNetPolicy': 'dnsPolicy: ClusterFirstWithHostNet(Windowsでは非対応)',
    'msg.resolves': '{target}は解決できる',
    'msg.doesNotResolve': '{target}は解決できない',
    'msg.singleSuffix': 'Pod {pod}は完全修飾名しか解決できません。Windows Podに設定されるDNSサフィックスは1つだけです({suffix})。',
    'msg.hostNetPod': 'Pod {pod}は、WindowsでサポートされていないdnsPolicy ClusterFirstWithHostNetを使用しています。',
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

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows DNS 제한: 검색 접미사 하나뿐, ClusterFirstWithHostNet 미지원',
    'explanation': 'Windows 파드에는 자신의 네임스페이스에 해당하는 DNS 접미사(<namespace>.svc.cluster.local) 하나만 설정됩니다. 따라서 kubernetes.default나 svc.other-namespace처럼 일부만 정규화된 이름은 확인되지 않고, 정규화된 전체 이름(FQDN)과 같은 네임스페이스 안의 짧은 이름만 확인됩니다. dnsPolicy ClusterFirstWithHostNet은 Windows에서 지원되지 않습니다.',
    'fix.useFullyQualified': '다른 네임스페이스의 서비스에는 정규화된 전체 이름(<service>.<namespace>.svc.cluster.local)을, 같은 네임스페이스의 서비스에는 서비스 이름만 사용합니다.',
    'fix.replaceDnspolicyClusterfirstwithhostnet': 'Windows 파드의 dnsPolicy ClusterFirstWithHostNet을 ClusterFirst로 바꿉니다(호스트 DNS를 쓰려면 Default).',
    'fix.testNameResolution': '파드 안에서 Resolve-DnsName으로 이름 확인을 테스트합니다(nslookup은 Windows 확인자의 일부 과정을 거치지 않습니다).',
    'why.windowsPodGets': 'Windows 파드의 DNS 접미사는 자신의 네임스페이스 하나뿐이므로 일부만 정규화된 이름은 확인되지 않습니다',
    'why.dnspolicyClusterfirstwithhostnetSupported': 'dnsPolicy ClusterFirstWithHostNet은 Windows 파드에서 지원되지 않습니다',
    'msg.hostNetPolicy': 'dnsPolicy: ClusterFirstWithHostNet(Windows에서 지원되지 않음)',
    'msg.resolves': '{target} 이름 확인 성공',
    'msg.doesNotResolve': '{target} 이름 확인 실패',
    'msg.singleSuffix': '파드 {pod}에서는 정규화된 전체 이름만 확인됩니다. Windows 파드에는 DNS 접미사가 하나만 설정됩니다({suffix}).',
    'msg.hostNetPod': '파드 {pod}에 Windows에서 지원되지 않는 dnsPolicy ClusterFirstWithHostNet이 설정되어 있습니다.',
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

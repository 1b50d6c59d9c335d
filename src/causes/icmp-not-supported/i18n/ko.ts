import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 파드에서 클러스터 외부로의 ping은 지원되지 않음',
    'explanation': 'Windows 파드에는 TCP와 UDP에 대한 아웃바운드 NAT 규칙만 설정됩니다. 클러스터 네트워크 밖의 대상으로 가는 ICMP는 설정되지 않으므로, 실제 트래픽은 정상이어도 ping은 실패합니다. 따라서 Windows 파드에서 ping이 실패했다고 해서 연결에 문제가 있다는 뜻은 아닙니다.',
    'fix.testExternalConnectivity': 'ping 대신 TCP로 외부 연결을 테스트합니다: curl.exe <address>, 또는 PowerShell 이미지에서 Test-NetConnection <address> -Port 443',
    'fix.replacePingBased': 'ping 기반의 상태 확인이나 준비성 검사를 TCP 또는 HTTP 프로브로 바꿉니다.',
    'fix.ifTcpAlso': 'TCP도 실패한다면 CNI의 OutBoundNAT ExceptionList를 확인합니다(outbound-nat-exceptionlist 참고).',
    'why.windowsPingPod': '파드에서 보낸 Windows ping에 응답이 없습니다. Windows 파드의 아웃바운드 ICMP는 설정되지 않습니다',
    'why.everyWindowsPing': 'Windows ping 패킷이 모두 손실되었습니다. Windows 파드에서 나가는 ICMP라면 예상된 결과입니다',
    'why.windowsPingOutput': 'Windows ping 출력입니다. Windows 파드에서 외부 주소로 보내는 ICMP는 지원되지 않습니다',
    'msg.pod': '{pod}에서 {host}에 보낸 ping은 실패하지만 같은 주소에 대한 TCP 연결은 성공합니다. Windows 파드에서 ping은 올바른 연결 테스트 방법이 아닙니다.',
    'msg.icmpFailed': '{target}에 보낸 ICMP 에코 실패',
    'msg.tcpSucceeded': '{target}에 TCP 연결 성공',
    'msg.tcpSucceededDetail': '{target}에 TCP 연결 성공({detail})',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'd98e1e23cd',
    'explanation': '3d5d87f871',
    'fix.testExternalConnectivity': '224b105719',
    'fix.replacePingBased': '729c639322',
    'fix.ifTcpAlso': 'ca7cb429fd',
    'why.windowsPingPod': 'a31c3f18a0',
    'why.everyWindowsPing': '92fd61e2f4',
    'why.windowsPingOutput': '46f30fa465',
    'msg.pod': '0adfff5337',
    'msg.icmpFailed': '8c25d26ded',
    'msg.tcpSucceeded': 'a5e1af9dd9',
    'msg.tcpSucceededDetail': '78fc833473',
  },
});

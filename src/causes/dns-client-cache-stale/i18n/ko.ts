import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 컨테이너 안의 DNS 클라이언트 캐시가 실패한 조회를 기억함',
    'explanation': 'Windows 컨테이너는 자체 DNS 클라이언트(Dnscache) 서비스를 실행하며, 이 서비스는 정상 응답뿐 아니라 부정 응답도 기억합니다. 한 번 실패한 조회(컨테이너가 시작될 때 DNS에 아직 닿지 않았거나, 질의 하나가 시간 초과된 경우)가 캐시에서 그대로 답해지므로, DNS가 다시 동작한 뒤에도 몇 분 동안 그 컨테이너 안에서는 그 이름이 계속 해석되지 않습니다. 같은 이름은 다른 파드에서는 해석되고, 컨테이너 안에서도 ipconfig /flushdns를 실행하거나 파드를 다시 시작하면 바로 해석됩니다.',
    'fix.confirmWithFlush': '캐시가 원인인지 확인합니다. 파드 안에서 ipconfig /displaydns를 실행하고, 이어서 ipconfig /flushdns를 실행한 뒤 조회를 다시 시도합니다. 이제 해석된다면 실패가 캐시되어 있었던 것입니다.',
    'fix.disableNegativeCache': '이미지 안에서 HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dnscache\\Parameters 아래의 MaxNegativeCacheTtl을 0으로 설정하고(오래된 정상 응답도 문제가 되면 MaxCacheTtl을 몇 초로 설정), 실패한 응답이 보관되지 않게 합니다.',
    'fix.disableDnscache': '또는 컨테이너 이미지에서 Dnscache 서비스를 중지합니다(Set-Service dnscache -StartupType Disabled). 모든 조회가 클러스터 DNS로 가는 것은 감수합니다.',
    'fix.fixFirstFailure': '첫 조회가 왜 실패했는지(컨테이너 시작 직후 DNS가 아직 준비되지 않음, 노드에 DNS 정책이 빠짐, 패킷 손실) 찾아 그것도 고칩니다. 캐시는 한 번의 실패를 오래 끌 뿐입니다.',
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

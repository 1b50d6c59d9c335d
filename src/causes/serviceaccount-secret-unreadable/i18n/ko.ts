import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 파드가 서비스 어카운트 시크릿을 읽을 수 없음',
    'explanation': '17074보다 오래된 Windows 빌드에서는 마운트된 서비스 어카운트 시크릿의 파일(token, ca.crt)이 컨테이너 안에서 목록에는 보이지만 읽을 수는 없어, 클러스터 내부 클라이언트가 API 서버에 인증하지 못합니다. 해결책은 Kubernetes가 아니라 운영 체제에 있습니다.',
    'fix.checkNodeBuild': '노드 빌드를 확인합니다(kubectl get node <node> -o wide). 10.0.17074보다 오래된 빌드가 영향을 받습니다.',
    'fix.moveWorkloadNodes': '지원되는 LTSC 빌드(Windows Server 2019 이상)를 실행하는 노드로 워크로드를 옮깁니다.',
    'fix.upgradeReplaceOld': '오래된 노드를 업그레이드하거나 교체합니다.',
    'why.clientPodCannot': '파드 안의 클라이언트가 마운트된 서비스 어카운트 ca.crt를 읽지 못합니다',
    'why.mountedServiceAccount': '마운트된 서비스 어카운트 시크릿이 있지만 Windows 컨테이너 안에서 읽을 수 없습니다',
    'why.clientPodFailed': '파드 안의 클라이언트가 서비스 어카운트 토큰을 열지 못했습니다',
    'why.clusterClientCould': '클러스터 내부 클라이언트가 초기 설정을 하지 못했습니다(토큰 또는 환경 변수 없음)',
    'msg.pod': '파드 {pod}에서 마운트된 서비스 어카운트 시크릿을 읽을 수 없습니다.',
    'msg.oldBuild': '파드 {pod}에서 {build}에 서비스 어카운트 토큰을 마운트합니다. 이 빌드에서는 컨테이너 안에서 토큰을 읽을 수 없습니다.',
    'msg.tokenMounted': '서비스 어카운트 토큰이 마운트되어 있습니다(automountServiceAccountToken이 false가 아님)',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '5c68987a20',
    'explanation': '1cd9d57348',
    'fix.checkNodeBuild': '593b2a4688',
    'fix.moveWorkloadNodes': '284b2199f3',
    'fix.upgradeReplaceOld': 'f54e03c203',
    'why.clientPodCannot': '2299bbc5f1',
    'why.mountedServiceAccount': 'e4a5c81a47',
    'why.clientPodFailed': '628cdbb245',
    'why.clusterClientCould': 'c4a5509716',
    'msg.pod': '567ee0cfb6',
    'msg.oldBuild': '80668b9ca0',
    'msg.tokenMounted': '2ab1955161',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kubectl port-forward 실패: pause 이미지에 wincat.exe가 없음',
    'explanation': 'Windows에서 kubectl port-forward는 pause(샌드박스) 이미지에 들어 있어야 하는 wincat.exe가 처리합니다. wincat.exe는 Kubernetes 1.15에서 도입되었으므로, 그보다 오래된 Kubernetes를 쓰거나 wincat.exe 없이 빌드한 사용자 지정 pause 이미지를 쓰면 port-forward가 "wincat not found" 오류로 실패합니다.',
    'fix.useSupportedKubernetes': '지원되는 Kubernetes 버전(Windows 노드에서 1.15 이상)을 사용합니다.',
    'fix.useCurrentPause': 'wincat.exe가 포함된 최신 pause 이미지를 샌드박스 이미지로 사용합니다. 예: registry.k8s.io/pause:3.9 이상 또는 mcr.microsoft.com/oss/kubernetes/pause:3.9 이상',
    'fix.ifYouBuild': 'pause 이미지를 직접 빌드한다면 wincat.exe를 이미지에 복사합니다(Kubernetes 저장소의 pause 이미지 소스 참고).',
    'why.portForwardingWindows': 'Windows 파드로의 포트 포워딩은 pause 컨테이너 안에서 wincat.exe를 실행하는데, wincat.exe가 없습니다',
    'why.runtimeCouldStart': '런타임이 pause 컨테이너에서 wincat.exe를 시작하지 못했습니다',
    'why.kubectlPortForward': 'kubectl port-forward가 노드 쪽에서 실패했습니다',
    'msg.pod': 'pause 이미지에 wincat.exe가 없어 파드 {pod}에 대한 포트 포워딩이 실패합니다.',
    'msg.node': 'pause 이미지에 wincat.exe가 없어 노드 {node}의 파드로의 포트 포워딩이 실패합니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '7d5535288e',
    'explanation': 'b2c060b56a',
    'fix.useSupportedKubernetes': '46753643ec',
    'fix.useCurrentPause': '623c4b7632',
    'fix.ifYouBuild': 'd75501e8c0',
    'why.portForwardingWindows': '1ce34841e7',
    'why.runtimeCouldStart': '8ade0d88ad',
    'why.kubectlPortForward': '50a0a4a86f',
    'msg.pod': 'c4f04ea5e9',
    'msg.node': 'e4afb7f154',
  },
});

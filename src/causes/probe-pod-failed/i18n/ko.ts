import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'windbg 프로브 파드를 노드에서 실행할 수 없음',
    'explanation': 'windbg는 노드에 고정된 수명이 짧은 HostProcess 파드에서 노드 프로브를 실행합니다. 이 파드가 시작되지 않았으므로 이 노드의 프로브 정보는 알 수 없습니다. 흔한 원인은 노드가 풀할 수 없는 이미지(폐쇄망 레지스트리, 프록시), HostProcess 파드를 거부하는 Pod Security 수준의 네임스페이스, 또는 HostProcess 컨테이너를 쓰기에는 너무 오래된 클러스터나 컨테이너 런타임(Kubernetes 1.26 이상, containerd 1.6 이상 필요)입니다.',
    'fix.readReasonEvidence': '이 진단 결과의 사유와 증거를 읽고 이미지 풀, 어드미션, HostProcess 지원, 스케줄링 중 어느 문제인지 확인합니다.',
    'fix.behindAirGapped': '폐쇄망이나 프록시 뒤의 레지스트리를 쓴다면 프로브 이미지를 미러링하고 --probe-image로 지정합니다.',
    'fix.runProbeNamespace': 'pod-security.kubernetes.io/enforce=privileged 레이블이 있는 네임스페이스에서 프로브를 실행합니다(--probe-namespace).',
    'fix.upgradeKubernetesContainerd': 'HostProcess 컨테이너를 사용할 수 있도록 Kubernetes 1.26 이상과 노드의 containerd 1.6 이상으로 업그레이드합니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '80e7a0ebd5',
    'explanation': 'e6cc8cb1bf',
    'fix.readReasonEvidence': '1d884c6427',
    'fix.behindAirGapped': 'fd13329a8c',
    'fix.runProbeNamespace': 'e65e35b510',
    'fix.upgradeKubernetesContainerd': '8fba7509df',
  },
});

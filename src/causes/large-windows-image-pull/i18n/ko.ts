import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '큰 Windows 이미지를 아직 가져오는 중이거나 가져오기 기한으로 중단됨',
    'explanation': 'Windows 기본 이미지는 수 GB(servercore는 수 GB, server는 더 큼)이고 계층 압축 해제가 느리며, 실시간 바이러스 검사 중에는 더 느려집니다. 노드에서 그 이미지를 쓰는 첫 Pod는 몇 분 동안 ContainerCreating에 머물며, 진행이 없을 때 기한을 두는 런타임(dockershim, cri-dockerd)은 긴 압축 해제를 중단하고 다시 시작하므로 Pod가 끝내 시작되지 않을 수 있습니다.',
    'fix.prePull': '기본 계층을 노드 이미지에 미리 가져오거나 캐시하여(또는 사전 가져오기 DaemonSet으로) Pod가 로컬 계층에서 시작되게 합니다.',
    'fix.raiseDeadline': 'Docker 기반 노드에서는 kubelet 또는 cri-dockerd의 이미지 가져오기 진행 기한을 늘립니다(예: 30m).',
    'fix.smallerBase': '애플리케이션이 허용하면 nanoserver 같은 작은 기반을 쓰고, 이미지 간에 같은 기반을 써서 계층을 공유합니다.',
    'fix.excludeScanning': '런타임 데이터 폴더와 unpigz를 실시간 바이러스 검사에서 제외합니다.',
    'msg.pulling': '{minutes}분이 지나도 가져오는 중입니다: {detail}',
    'msg.pod': 'Pod {pod}이(가) 오래 걸리는 Windows 이미지 가져오기를 기다리고 있습니다.',
    'why.noProgressCancel': '압축 해제가 기한 안에 진행되지 않아 런타임이 가져오기를 중단함',
    'why.pullDeadline': '가져오기가 설정된 진행 기한보다 오래 걸림',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'cc2818127c',
    'explanation': 'ae3b36118d',
    'fix.prePull': '34ed34823d',
    'fix.raiseDeadline': '8aac370e3a',
    'fix.smallerBase': 'd5dd0982a0',
    'fix.excludeScanning': 'b04cae09ac',
    'msg.pulling': '88bbfaaacc',
    'msg.pod': 'b19c94e9c3',
    'why.noProgressCancel': '220696790a',
    'why.pullDeadline': 'dcb710309e',
  },
});

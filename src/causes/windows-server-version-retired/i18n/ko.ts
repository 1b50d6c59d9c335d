import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '지원이 끝난 Windows Server 버전으로 노드가 실행됨',
    'explanation': '업스트림 Kubernetes는 Windows 노드로 Windows Server 2022와 2025만 지원 목록에 두며, Windows Server 2019는 목록에서 빠졌습니다. AKS는 Windows Server 2019를 2026년 3월 1일에 폐기했고(Kubernetes 1.33부터 미지원, 노드 이미지는 2027년 4월 1일 삭제), Annual Channel 미리 보기를 2026년 5월 15일에, Windows Server 2022를 2027년 3월 15일에 폐기합니다(1.35부터 새 2022 풀 생성 불가). 이 날짜가 지난 노드는 수정을 받지 못하며, 이미지가 삭제되면 스케일링과 재이미징이 실패합니다.',
    'fix.addNewPool': 'Windows Server 2025(또는 아직 지원되는 경우 2022) 노드 풀이나 노드를 추가합니다.',
    'fix.rebuildImages': '워크로드 이미지를 맞는 기반(ltsc2025 / ltsc2022)으로 다시 빌드하거나 여러 빌드용 매니페스트를 게시하고, nodeSelector node.kubernetes.io/windows-build로 워크로드를 옮깁니다.',
    'fix.removeOldPool': '플랫폼이 이미지를 삭제하기 전에 이전 풀을 드레인하고 삭제합니다.',
    'msg.upstream': '노드 {node}은(는) {build}(으)로 실행되며, 업스트림 Kubernetes가 지원하는 Windows Server 목록({asOf} 기준: 2022와 2025)에 없습니다',
    'msg.aksRetired': 'AKS는 {product}을(를) {retiredOn}에 폐기했습니다(Kubernetes {minor}부터 미지원)',
    'msg.aksImagesRemoved': 'AKS는 {product}을(를) {retiredOn}에 폐기하고 {removedOn}에 노드 이미지를 삭제했습니다. 스케일링과 재이미징이 실패합니다',
    'msg.node': '노드 {node}은(는) 지원이 끝난 Windows Server 버전으로 실행됩니다.',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '0fee001064',
    'explanation': '729b364552',
    'fix.addNewPool': '2eb2bbf61e',
    'fix.rebuildImages': '9e3c59392e',
    'fix.removeOldPool': 'd479e6d3bb',
    'msg.upstream': '3a7b3dd741',
    'msg.aksRetired': '719c293920',
    'msg.aksImagesRemoved': '28af72d5d8',
    'msg.node': 'c185aaa12f',
  },
});

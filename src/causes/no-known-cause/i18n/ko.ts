import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '알려진 원인 없음',
    'explanation': '파드 또는 노드가 비정상이지만 증거가 카탈로그의 어떤 알려진 원인과도 일치하지 않습니다. windbg는 추측하는 대신 그 사실을 알리고 원래 증거를 보여 줍니다. 잘못된 원인은 엉뚱한 방향으로 이끌기 때문입니다.',
    'fix.readEvidenceLines': '위 증거 줄을 읽습니다. 클러스터가 기록한 메시지가 그대로 들어 있습니다.',
    'fix.pasteMostSpecific': '가장 구체적인 메시지를 `kubectl windbg explain "<message>"`에 붙여 넣어 가능한 원인의 순위를 확인합니다.',
    'fix.runCommandAgain': '--probe를 붙여 명령을 다시 실행하면 노드 자체에서 얻은 증거가 추가됩니다.',
    'msg.pod': '파드 {pod}의 상태가 비정상({reasons})이지만 이를 설명하는 카탈로그 규칙이 없습니다. 아래는 원래 증거입니다.',
    'msg.node': '노드 {node}의 상태가 비정상({state})이지만 이를 설명하는 카탈로그 규칙이 없습니다. 아래는 원래 증거입니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '800a8b9d35',
    'explanation': '5f241189d6',
    'fix.readEvidenceLines': 'eef79f5efb',
    'fix.pasteMostSpecific': '601d028e6c',
    'fix.runCommandAgain': 'fe59cc2c12',
    'msg.pod': '6630f4b2d6',
    'msg.node': 'eda57eb19e',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '既知の原因なし',
    'explanation': 'PodまたはNodeに異常がありますが、その証拠はカタログ内の既知の原因のどれにも一致しません。windbgは推測せず、その旨を伝えて生の証拠を示します。誤った原因を示すと、調査の方向を誤らせてしまうためです。',
    'fix.readEvidenceLines': '上の証拠の行を読みます。クラスターが記録したとおりのメッセージです。',
    'fix.pasteMostSpecific': '最も具体的なメッセージを`kubectl windbg explain "<message>"`に貼り付け、考えられる原因の順位を確認します。',
    'fix.runCommandAgain': '--probeを付けてコマンドを再実行し、Node自体から得た証拠を追加します。',
    'msg.pod': 'Pod {pod}に異常があります({reasons})が、カタログのどのルールにも該当しません。以下に生の証拠を示します。',
    'msg.node': 'Node {node}に異常があります({state})が、カタログのどのルールにも該当しません。以下に生の証拠を示します。',
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

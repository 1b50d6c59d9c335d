import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '无已知原因',
    'explanation': 'Pod 或节点状态异常，但其证据与目录中任何已知原因都不匹配。windbg 会如实说明并给出原始证据，而不去猜测：错误的原因会把排查引向错误的方向。',
    'fix.readEvidenceLines': '阅读上面的证据行：它们就是集群写下的原始消息。',
    'fix.pasteMostSpecific': '把最具体的那条消息粘贴到 `kubectl windbg explain "<message>"` 中，对可能的原因进行排序。',
    'fix.runCommandAgain': '加上 --probe 重新运行命令，补充来自节点本身的证据。',
    'msg.pod': 'Pod {pod} 状态异常（{reasons}），但目录中没有规则能解释；原始证据如下。',
    'msg.node': '节点 {node} 状态异常（{state}），但目录中没有规则能解释；原始证据如下。',
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

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'azure-vnetが状態ストアのロックを残したままになっている',
    'explanation': 'Azure CNIプラグイン(azure-vnet)は状態をazure-vnet.jsonに保存し、azure-vnet.json.lockで保護しています。プラグインの呼び出しが強制終了されたりノードが過負荷になったりすると、ロックファイル(または空や書きかけの状態ファイル)が残ることがあります。その後の呼び出しはすべてロックでタイムアウトするか状態の解析に失敗するため、ファイルを片付けるまでノード上の新しいPodはネットワークを得られません。',
    'fix.drainNode': '状態を修復する間に新しいサンドボックスが作られないよう、ノードをcordonしてdrainします。',
    'fix.removeStaleFiles': 'ノードでkubeletを停止し、CNIのデータフォルダーにある残ったロックと、空または壊れた状態ファイル(azure-vnet.json.lock、azure-vnet.json、azure-vnet-ipam.jsonとそのロック)を削除します。先に、ロックに書かれたプロセスIDがもう動いていないことを確認します。',
    'fix.restartAndUncordon': 'kubeletを再び起動し、新しいPodがIPを得られることを確認してから、ノードをuncordonします。',
    'fix.upgradeCni': 'ストアの残ったロックや書きかけの状態を扱える最新のAzure CNIに更新します。',
    'msg.pod': 'Pod {pod}はネットワークを得られません。{node}のazure-vnetが状態ストアのロックまたは壊れた状態ファイルで止まっています。',
    'msg.node': '{node}のazure-vnetが状態ストアのロックまたは壊れた状態ファイルで止まっています。',
    'why.storeLockTimeout': 'azure-vnetが状態ストアのロックを取得できなかった',
    'why.emptyLockFile': 'azure-vnetのロックファイルが空で、誰がロックを持っているのか判断できない',
    'why.stateFileTruncated': 'CNIプラグインが空または途中で切れた状態ファイルを読んだ。azure-vnetの残ったロックや中断された書き込みが原因になる',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'c3e45d9ce4',
    'explanation': '0ac28d4a06',
    'fix.drainNode': '31de16ad11',
    'fix.removeStaleFiles': 'acd5214e5d',
    'fix.restartAndUncordon': '9a69a1c60b',
    'fix.upgradeCni': '695b500cb6',
    'msg.pod': 'ea5bbadd6e',
    'msg.node': '2d64aabe12',
    'why.storeLockTimeout': '5f4d03b996',
    'why.emptyLockFile': '2e5550e706',
    'why.stateFileTruncated': 'db2bdfce35',
  },
});

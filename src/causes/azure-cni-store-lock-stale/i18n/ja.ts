import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'azure-vnetが状態ストアのロックや空の状態ファイルを残している',
    'explanation': 'Azure CNIプラグイン(azure-vnet)は状態をazure-vnet.jsonに保存し、azure-vnet.json.lockで保護しています。プラグインの呼び出しが途中で終了したり、ノードが過負荷や書き込み中の再起動に見舞われたりすると、ロックが残ったり状態ファイルが空になったりします。その後のCNIの呼び出しはロックでタイムアウトするかファイルを解析できずに失敗し、そのノードの新しいPodにはネットワークが設定されません。',
    'fix.drainNode': '状態を修復する間に新しいPodが送られないよう、ノードをcordonしてdrainします。',
    'fix.removeLock': 'ノードでkubeletを停止し、残ったロックファイル(azure-vnet.json.lock、azure-vnet-ipam.json.lock)と、サイズが0のazure-vnet.jsonやazure-vnet-ipam.jsonを削除してから、kubeletを起動します。AKSではノードの再イメージ化でも同じ結果になります。',
    'fix.upgradeCni': '残ったロックや空の状態ファイルから回復するリリースのAzure CNI(またはそれを含むノードイメージ)にアップグレードします。',
    'why.lockTimeout': 'azure-vnetがストアのロックを取得できない。azure-vnet.json.lockが残っていると起きる',
    'why.storeInit': 'azure-vnetが状態ストアを開けない',
    'why.emptyLock': 'azure-vnetのロックファイルが空で、中断された呼び出しが残したもの',
    'why.emptyState': 'azure-vnetの状態ファイルが空か途中で切れている',
    'msg.pod': 'Pod {pod}にネットワークが設定されません。Azure CNIプラグインがノードの状態ストアを読み取れないか、ロックできません。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'd0cb8be41a',
    'explanation': 'ca237bac97',
    'fix.drainNode': '3f1024361f',
    'fix.removeLock': '9bdf7abcd9',
    'fix.upgradeCni': '4efd2c4636',
    'why.lockTimeout': 'c79a6274b1',
    'why.storeInit': '43b808fdab',
    'why.emptyLock': 'b72ae57d41',
    'why.emptyState': 'e8817a358f',
    'msg.pod': 'cb2a45907e',
  },
});

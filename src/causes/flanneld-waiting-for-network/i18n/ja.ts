import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'flanneldがネットワークの作成待ちのまま止まる',
    'explanation': 'Windowsでは、flanneldはHNSネットワークを作成した後、Nodeの管理IPでそのネットワークを検索します。v0.12.0より前のFlannelでは、管理IPが割り当てられる前に検索が実行されることがあり、その場合flanneldはネットワークを見つけられず、起動スクリプトは"Waiting for the Network to be created"を繰り返し続けます。',
    'fix.restartFlanneldRun': 'flanneldを再起動します。start.ps1を再実行するか、NODE_NAMEにNode名、--ifaceにNodeのIPを指定してflanneldを手動で起動します。',
    'fix.checkFlanneldArguments': 'flanneldの引数を確認します。--iface / -ManagementIPには、eth0のようなインターフェイス名ではなくNodeのIPアドレスを指定する必要があります。',
    'fix.upgradeFlannelWindows': 'WindowsのNodeのFlannelを、この競合が解消されたv0.12.0以降にアップグレードします。',
    'why.flanneldLookedUp': 'flanneldが、管理IPが設定される前にNodeの管理IPでHNSネットワークを検索した(Flannel v0.12.0で修正された競合)',
    'why.nodeStartScript': 'Nodeの起動スクリプトはflanneldによるHNSネットワークの作成を待っているが、まだ作成されていない',
    'msg.pod': 'Pod {pod}のflanneldが、Nodeの管理IPでHNSネットワークを見つけられません。',
    'msg.node': 'Node {node}のflanneldが、Nodeの管理IPでHNSネットワークを見つけられません。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'a2e7ca3a2c',
    'explanation': '7b2e6fda01',
    'fix.restartFlanneldRun': 'a6803238c8',
    'fix.checkFlanneldArguments': 'c10a3dafff',
    'fix.upgradeFlannelWindows': '38c7af416f',
    'why.flanneldLookedUp': '9a5893570e',
    'why.nodeStartScript': 'afb9520f98',
    'msg.pod': '931c59c784',
    'msg.node': 'adc2751a1e',
  },
});

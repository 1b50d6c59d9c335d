import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windowsのflanneldが誤ったネットワークアダプターを選ぶか、選べない',
    'explanation': '複数のアダプターがある、アダプターの名前を変えている、アダプター名に空白を含むといったノードでは、Windowsのflanneld(またはそれを起動するスクリプト)が使うべきインターフェースを見つけられないか、誤ったものを選ぶことがあります。その結果、クラッシュを繰り返すか、他のノードから到達できないアドレスでオーバーレイを作り、ノード上のPodにはネットワークが設定されません。',
    'fix.setIface': 'DaemonSetの実行スクリプトまたはサービスの引数で、flanneldを--iface(目的のアダプターのIPアドレス)か、そのアダプターを指す--iface-regexで起動します。',
    'fix.avoidSpaces': 'ラッパー(wins.exeなど)がアダプター名を渡す場合は、アダプターを空白のない名前に変更するか、代わりにIPアドレスを渡します。',
    'fix.restartFlannel': 'ノードでflannelを再起動し、目的のアダプター上にHNSネットワークが作成されたことを確認します。',
    'why.noValidInterface': 'flanneldが、ネットワークを作るインターフェースを選べなかった',
    'why.defaultInterface': 'flanneldが、既定のルートを持つインターフェースを特定できなかった',
    'msg.pod': 'Pod {pod}のflanneldがノードのネットワークインターフェースを選べませんでした。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'b9d05640b2',
    'explanation': '830206e0a5',
    'fix.setIface': 'd377518208',
    'fix.avoidSpaces': 'a21e826f82',
    'fix.restartFlannel': '9679b5bd3d',
    'why.noValidInterface': 'e13118b195',
    'why.defaultInterface': '6a0daf7dcb',
    'msg.pod': '93e1ec3b94',
  },
});

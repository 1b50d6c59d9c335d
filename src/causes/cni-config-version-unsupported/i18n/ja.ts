import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'CNIの構成に、プラグインのバイナリが対応していないcniVersionが書かれている',
    'explanation': 'CNIのネットワーク構成には、準拠する仕様のバージョン(cniVersion)が書かれています。そのバージョンがノード上のプラグインのバイナリより新しい場合や、プラグインのビルドがそのバージョンを含まない場合、プラグインは構成を拒否し、ノード上のすべてのPodサンドボックスが「incompatible CNI versions」で失敗します。',
    'fix.alignVersion': 'エラーのバージョン(「config is X, plugin supports [...]」)を確認し、ノードのCNI構成のcniVersionをプラグインが挙げるバージョンにするか、Xに対応するプラグインのバイナリをインストールします。',
    'fix.sameBundle': 'CNIの構成とプラグインのバイナリは同じリリースから展開します(HostProcessのflannelやCalicoなら同じマニフェストのバージョン)。後の更新で新しい構成と古いバイナリが組み合わさらないようにします。',
    'fix.recreatePods': '失敗したPodを作り直します。kubeletはサンドボックスを再試行しますが、長いバックオフ中のPodは削除したほうが早く起動します。',
    'why.incompatibleVersions': 'ネットワーク構成に書かれたcniVersionにプラグインのバイナリが対応していない',
    'msg.pod': 'Pod {pod}にネットワークが設定されません。CNIプラグインがノードのネットワーク構成のcniVersionを拒否しています。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '0d46022f70',
    'explanation': '820817cfe9',
    'fix.alignVersion': 'c0fcff46cc',
    'fix.sameBundle': '138e866fd2',
    'fix.recreatePods': '93080b04cf',
    'why.incompatibleVersions': '8ba8235f92',
    'msg.pod': '634ebb2a93',
  },
});

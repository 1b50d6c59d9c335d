import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerdがCNIの構成もプラグインのバイナリも見つけられない',
    'explanation': 'Windowsのcontainerdは、自身のconfig.tomlに書かれたディレクトリ(既定ではC:\\Program Files\\containerd\\cni\\confと\\cni\\bin)からCNIのネットワーク構成とプラグインのバイナリを読み込みます。CNIがそこにインストールされていない、別のパスに置かれた、またはアップグレードで構成が変わった場合、containerdは「no network config found」と「cni plugin not initialized」を報告し、ノードはNotReadyのままでPodにネットワークが設定されません。',
    'fix.findDirs': 'containerdのconfig.toml(containerd config dump)でCRIプラグインのconf_dirとbin_dirを確認し、どこを探しているかを調べます。',
    'fix.installCni': 'クラスターのCNIのプラグインのバイナリとネットワーク構成をそのディレクトリに置きます(またはconf_dir / bin_dirをCNIのインストール先に向けます)。',
    'fix.restartRuntime': 'containerdを再起動し、ノードのReady状態にCNIのメッセージが出なくなったことを確認します。',
    'why.noNetworkConfig': 'containerdがCNIの構成ディレクトリを探したがネットワーク構成がなかった',
    'msg.node': '{node}のcontainerdがCNIのネットワーク構成を見つけられないため、ノードのネットワークが準備できていません。',
    'msg.condition': 'Ready={status}: {message}',
    'msg.noConf': 'プローブはcontainerdの構成ディレクトリにCNI構成を見つけられなかった',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'bb7782160b',
    'explanation': 'a8185cfff5',
    'fix.findDirs': '92fd6988f9',
    'fix.installCni': '9d62780c49',
    'fix.restartRuntime': '7919050b4b',
    'why.noNetworkConfig': '831efb1f64',
    'msg.node': '11d1b4ee0c',
    'msg.condition': 'df40c36df1',
    'msg.noConf': 'a653079b0e',
  },
});

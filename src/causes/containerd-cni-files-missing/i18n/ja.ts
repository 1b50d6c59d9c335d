import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerdがCNIの設定もプラグインのバイナリも見つけられない',
    'explanation': 'Windowsのcontainerdは、CNIのネットワーク設定とプラグインのバイナリを自分のディレクトリ(既定では%ProgramFiles%\\containerd\\cni\\confとcni\\bin、またはconfig.tomlのconf_dirとbin_dir)から読みます。CNIがそこにインストールされていない、Linuxの既定のパスにコピーされた、あるいはアップグレードで配置が変わった場合、ノードはCNIが初期化されていないと報告し、どのPodもネットワークを得られません。',
    'fix.readConfigDirs': 'ノード上のcontainerdのconfig.tomlでCRIプラグインのconf_dirとbin_dirを確認し、両方のディレクトリの中身を一覧します。',
    'fix.installCniFiles': 'CNIプラグインのバイナリと1つのネットワーク設定をそれらのディレクトリに置きます(またはconf_dirとbin_dirをCNIがインストールする場所に向けます)。',
    'fix.restartContainerd': 'containerdを再起動し、ノードがReadyになり新しいPodがアドレスを得ることを確認します。',
    'msg.condition': 'Ready={status}: {message}',
    'msg.node': '{node}のcontainerdはCNIの設定もプラグインのバイナリも見つけられないため、Podはネットワークを得られません。',
    'why.noNetworkConfig': 'ランタイムが読むディレクトリにCNIのネットワーク設定がなかった',
    'why.pluginBinaryMissing': 'CNIの設定が指すプラグインのバイナリがランタイムのCNI binディレクトリにない',
  },
  sources: {
    'title': 'bb7782160b',
    'explanation': '1ce79552d0',
    'fix.readConfigDirs': '177532cca9',
    'fix.installCniFiles': '6b9bb872f1',
    'fix.restartContainerd': '3945e1ee4e',
    'msg.condition': 'df40c36df1',
    'msg.node': 'c2fb3cdcfa',
    'why.noNetworkConfig': '373b440d05',
    'why.pluginBinaryMissing': '2a2014ccb6',
  },
});

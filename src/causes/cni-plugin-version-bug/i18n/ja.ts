import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'WindowsノードのCNIプラグインのリリースに、Windowsでの既知の不具合がある',
    'explanation': '一部のCNIプラグインのリリースには、後のリリースで修正されたWindows固有の不具合がありました。たとえば1.0.16より前のazure-vnetは、ノードの再起動後にPodのネットワークを設定も解放もできませんでした。そのようなリリースでは、プラグインを更新するまでPodがContainerCreatingのまま止まるか、終了できません。',
    'fix.checkRelease': 'ノード上のCNIプラグインのバージョンを確認します(プラグインのバイナリのバージョン出力、またはCNI DaemonSetのイメージ)。',
    'fix.upgradePlugin': 'CNIプラグイン(とAntreaのOVSのような依存コンポーネント)を修正を含むリリースに更新します。',
    'fix.restartServices': 'ノードのCNIとランタイムのサービスを再起動するかノードを再起動し、止まっているPodを作り直します。',
    'msg.rebootDefect': 'ノードの再起動後にPodのネットワークを設定も解放もできない',
    'msg.release': 'CNIプラグイン{plugin} {version}は{fixed}より古いです',
    'msg.node': '{node}のCNIプラグイン({plugin} {version})にはWindowsでの既知の不具合があります: {defect}。{fixed}で修正されています。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'f08d5dea78',
    'explanation': '6c02e940b8',
    'fix.checkRelease': '08584e9386',
    'fix.upgradePlugin': '859f3bb5e6',
    'fix.restartServices': '12b946f4b4',
    'msg.rebootDefect': '74afabfe4d',
    'msg.release': '9bd0388e1c',
    'msg.node': '8db7ea81d9',
  },
});

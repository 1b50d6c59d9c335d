import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows Nodeのkubeletのバージョンが、APIサーバーとのサポートされるバージョン差の範囲外',
    'explanation': 'kubeletはAPIサーバーより新しくてはならず、古い場合も最大3マイナーバージョン(Kubernetes 1.28より前は2)までです。この範囲を外れると、kubeletが依存するAPI呼び出しや機能が原因を追いにくい形で壊れることがあります。また、Windows Nodeはコントロールプレーンとは別にアップグレードされることがよくあります。',
    'fix.compareVersionsKubectl': 'バージョンを比較します: kubectl versionと、kubectl get node <node> -o wide(VERSION列)',
    'fix.upgradeControlPlane': 'Nodeより先にコントロールプレーンを、1マイナーバージョンずつアップグレードします。',
    'fix.upgradeReplaceWindows': 'kubeletが大きく遅れているWindows Nodeはアップグレード(または置き換え)します。kubeletがAPIサーバーより新しいNodeは元のバージョンに戻します。',
    'msg.apiServer': 'APIサーバー {version}',
    'msg.newer': 'Node {node}のkubelet {kubelet}は、APIサーバー{server}より新しいバージョンです。',
    'msg.behind': 'Node {node}のkubelet {kubelet}は、APIサーバーより{behind}マイナーバージョン古くなっています(サポートされるのは{lag}まで)。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '311cb6dbdd',
    'explanation': '50535edc26',
    'fix.compareVersionsKubectl': 'fbfae2a6b4',
    'fix.upgradeControlPlane': 'e9b4dea97c',
    'fix.upgradeReplaceWindows': '0eae2d3819',
    'msg.apiServer': '32d17be1b4',
    'msg.newer': 'c9ed00000d',
    'msg.behind': 'b029a14c6e',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'CNI設定のcniVersionが、プラグインのバイナリがサポートしないバージョンになっている',
    'explanation': 'CNIのネットワーク設定には、それが準拠するCNI仕様のバージョン(cniVersion)が記されています。そのバージョンがノード上のプラグインのバイナリが理解できるものより新しいと、ランタイムは設定を拒否し、ネットワークが設定される前にノード上のすべてのPodサンドボックスが失敗します。',
    'fix.compareVersions': 'ノードのCNI設定のcniVersionと、エラーが示すプラグインのサポートするバージョンを比べます。',
    'fix.alignVersion': 'cniVersionをプラグインがサポートするバージョンにするか、設定のバージョンをサポートするプラグインのバイナリをインストールします。',
    'fix.recreatePods': 'CNIエージェントが設定を書き込む場合はそれを再起動し、ContainerCreatingのまま止まっているPodを作り直します。',
    'msg.pod': 'Pod {pod}はネットワークを得られません。CNI設定がプラグインのサポートしないcniVersionを使っています。',
    'why.incompatibleCniVersions': 'ランタイムが設定のcniVersionをプラグインの報告するバージョンと比べ、一致するものがなかった',
    'why.pluginSupportsList': 'メッセージが、設定の求めるバージョンと並べてプラグインのサポートするバージョンを列挙している',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '0d46022f70',
    'explanation': '5113ccaf53',
    'fix.compareVersions': '1a2b0759b0',
    'fix.alignVersion': '6a9405d7ad',
    'fix.recreatePods': '693dcce101',
    'msg.pod': '94646e6e72',
    'why.incompatibleCniVersions': '3df5977ae5',
    'why.pluginSupportsList': '114f9a4d7b',
  },
});

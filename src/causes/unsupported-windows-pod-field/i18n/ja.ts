import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'PodのspecがWindowsコンテナでサポートされていないフィールドを使用している',
    'explanation': 'Linux向けのPodのフィールドのいくつかは、Windowsコンテナでは意味を持ちません。HostProcessコンテナ以外での特権モードとホストネットワーク、ホストのPID/IPC名前空間、数値のユーザーIDとグループID、SELinuxのオプション、読み取り専用のルートファイルシステム、capabilities、procMount、メモリを使うemptyDir、raw blockデバイス、マウントの伝播、huge pages、共有プロセス名前空間です。これらは無視されるかPodの失敗の原因になるため、ワークロードは記述どおりに動作しません。',
    'fix.removeFieldsListed': '証拠に示されたフィールドをWindowsのワークロードから削除します(またはマニフェストのLinux専用の版に移します)。',
    'fix.runSpecificWindows': 'runAsUserの代わりに、securityContext.windowsOptions.runAsUserNameで特定のWindowsアカウント(例: ContainerUserまたはContainerAdministrator)として実行します。',
    'fix.nodeLevelWork': '特権やホストネットワークが必要なNodeレベルの処理には、HostProcessコンテナ(windowsOptions.hostProcess: trueとhostNetwork: true)を使用します。',
    'fix.setSpecOs': 'spec.os.name: windowsを設定し、アドミッションの時点でLinux専用のフィールドをAPIサーバーに拒否させます。',
    'msg.hostNetwork': 'spec.hostNetwork: true(ホストネットワークを使用できるのはHostProcess Podだけ)',
    'msg.runAsUser': '{field}: {value}(windowsOptions.runAsUserNameを使用)',
    'msg.memoryEmptyDir': 'ボリューム{volume}: emptyDirのmediumがMemory',
    'msg.privileged': '{where}: securityContext.privileged: true(HostProcessコンテナを使用)',
    'msg.podOnNode': 'Pod {pod}はWindows Node {node}で動作していますが、Windowsコンテナでサポートされていないフィールドを{count}個設定しています。',
    'msg.pod': 'Pod {pod}はWindowsで動作していますが、Windowsコンテナでサポートされていないフィールドを{count}個設定しています。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'a866b680d4',
    'explanation': '6eb7e9abf0',
    'fix.removeFieldsListed': '8ed8d254a8',
    'fix.runSpecificWindows': '131ebe72cb',
    'fix.nodeLevelWork': '35d163494c',
    'fix.setSpecOs': '06bca24027',
    'msg.hostNetwork': '5837fdbcb9',
    'msg.runAsUser': 'c1240f9d41',
    'msg.memoryEmptyDir': '4a406849ab',
    'msg.privileged': '997549e19c',
    'msg.podOnNode': '6d69accbd7',
    'msg.pod': '280b62f3b2',
  },
});

import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '管理者でないコンテナユーザーがマウントしたボリュームを使えない',
    'explanation': 'Windowsコンテナにマウントされたフォルダーは、ホスト上のアクセス制御リストをそのまま保持します。コンテナ自身のアカウント(ContainerUser、またはrunAsUserNameで指定したアカウント)はホストからは未知のため、ホストのACLが一般ユーザーを許可していない限り、プログラムはマウント先で「Access is denied」となります。同じPodをContainerAdministratorで実行すると動作します。nanoserverイメージは既定でContainerUserとして実行されます。',
    'fix.grantHostAcl': 'ボリュームの実体であるホスト上のフォルダーに必要な権限を付与します(例: icacls <folder> /grant "BUILTIN\\Users:(OI)(CI)M")。またはプロビジョナーがその権限付きで作成するようにします。',
    'fix.runAsAdministrator': '許容できる場合は、コンテナをContainerAdministratorで実行します(securityContext.windowsOptions.runAsUserName)。',
    'fix.writeInsideImage': 'または、管理者でないユーザーが書き込むデータを、ホストのマウントではなく、そのユーザーが所有するイメージ内のフォルダーに置きます。',
    'msg.runsAs': 'コンテナ{container}は{user}として実行され、{mounts}をマウントしています',
    'msg.nanoserverDefault': 'コンテナ{container}はnanoserverイメージ(既定ユーザー{user})を使い、{mounts}をマウントしています',
    'msg.pod': 'Pod {pod}はコンテナユーザーのためにマウントしたボリュームへのアクセスを拒否されています。',
    'why.pathAccessDenied': 'コンテナ内のプログラムがパスへのアクセスを拒否された。マウントしたフォルダーならホストのACLがコンテナユーザーを許可していない',
    'why.accessDenied': 'Windowsがファイルまたはフォルダーへのアクセスを拒否した',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '6352458dd4',
    'explanation': 'a0de978b21',
    'fix.grantHostAcl': 'd7fc54971c',
    'fix.runAsAdministrator': '7d3a646325',
    'fix.writeInsideImage': '9e5c9efb37',
    'msg.runsAs': 'f640a8dea2',
    'msg.nanoserverDefault': 'fe446405ab',
    'msg.pod': 'c7f270287b',
    'why.pathAccessDenied': '9d83e13302',
    'why.accessDenied': '4caf1d62c3',
  },
});

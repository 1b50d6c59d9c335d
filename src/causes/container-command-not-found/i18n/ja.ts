import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'コンテナのコマンドまたはエントリポイントがWindowsイメージに存在しない',
    'explanation': 'Windowsはコンテナのプロセス(およびexecやexecプローブ)を、シェルを介さずコマンドラインから直接起動します。echoやdirのようなcmdの組み込みコマンド、先頭にpowershellのないPowerShellスクリプト、containerd上のシェル形式のコマンド、Linuxのシェル(sh、bash)、イメージにないパスは、いずれもプロセス作成時に「The system cannot find the file specified」で失敗します。',
    'fix.useInterpreter': '組み込みコマンドやスクリプトはインタープリター経由で起動します: ["cmd", "/c", "echo hello"]、["powershell", "-File", "C:\\\\app\\\\start.ps1"]。',
    'fix.jsonForm': 'DockerfileのENTRYPOINTとCMDはJSON(exec)形式で書きます。containerdはシェル形式のコマンドをcmd /S /Cで包みません。',
    'fix.checkPath': 'プログラムがそのパスでイメージに存在するかを確認します(kubectl debugや同じイメージのテスト用コンテナで確認)。',
    'fix.execWindowsShell': 'Windows Podへのexecにはshやbashではなくcmdかpowershellを使います。',
    'msg.builtin': 'コンテナ{container}は"{command}"を起動しますが、これはプログラムではなくcmdの組み込みコマンドです',
    'msg.linuxShell': 'コンテナ{container}は"{command}"を起動しますが、これはWindowsイメージにないLinuxのシェルです',
    'msg.script': 'コンテナ{container}はpowershellなしでスクリプト"{command}"を起動します',
    'msg.pod': 'Pod {pod}は、イメージにないプログラムの起動をWindowsに求めています。',
    'why.createProcessFileMissing': 'コンテナ、exec、プローブが起動しようとしたプログラムをWindowsが見つけられなかった',
    'why.applicationNameMissing': 'ランタイムがコマンドラインを実行ファイルに解決できなかった',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '5c1a081063',
    'explanation': '52bb9c9f7a',
    'fix.useInterpreter': '9f54d459b7',
    'fix.jsonForm': 'ce1296a567',
    'fix.checkPath': '4cd48c66e6',
    'fix.execWindowsShell': '3315b7dbaf',
    'msg.builtin': 'ef2d4a6a9e',
    'msg.linuxShell': '275c1fe7ca',
    'msg.script': '33b1d51dab',
    'msg.pod': '0a0bc7b635',
    'why.createProcessFileMissing': '5f812616c3',
    'why.applicationNameMissing': 'a5ae4be6f9',
  },
});

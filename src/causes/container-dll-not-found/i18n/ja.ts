import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'イメージにDLLまたはAPIがないためコンテナが終了する',
    'explanation': 'Windowsが必要なDLLを読み込めないため、コンテナのプログラムは起動した直後に終了します。終了コードは3221225781(0xC0000135 STATUS_DLL_NOT_FOUND、-1073741515とも表示)または3221225785(0xC0000139 STATUS_ENTRYPOINT_NOT_FOUND)です。アプリケーションをservercoreからはるかに小さいnanoserverベースに移したときや、必要なランタイム(Visual C++再頒布可能パッケージ、ネイティブライブラリ)がイメージにないときに起こります。',
    'fix.findMissingDll': '足りないDLLを特定します。servercoreコンテナでプログラムを実行して比較するか、ホスト上のProcess Monitor(読み込みの失敗はNAME NOT FOUNDと表示されます)やローダースナップで起動を追跡します。',
    'fix.useServercore': 'プログラムがnanoserverにないAPIを必要とする場合は、servercoreのベースイメージを使います。',
    'fix.addRuntime': 'または、不足しているランタイムやDLLをイメージに追加します(ビルド段階でVisual C++再頒布可能パッケージをインストールしてDLLをコピーします)。',
    'msg.exited': 'コンテナ{container}({image})は{code}で終了しました',
    'msg.pod': 'Pod {pod}は、必要なDLLがイメージにないため起動時に終了します。',
    'why.dllNotFoundException': 'プログラムが依存するDLLを読み込めなかった',
    'why.procedureNotFound': 'イメージ内のDLLにプログラムがインポートする関数がない。nanoserverに典型的',
    'why.exitCodeDllNotFound': 'コンテナがSTATUS_DLL_NOT_FOUND(0xC0000135)で終了した',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '0489a1dd75',
    'explanation': 'a1e650740c',
    'fix.findMissingDll': '8df6b7eff8',
    'fix.useServercore': 'f12822a677',
    'fix.addRuntime': '31c9829da7',
    'msg.exited': '2bb6371b89',
    'msg.pod': '77eaa26ab8',
    'why.dllNotFoundException': '828cd96fad',
    'why.procedureNotFound': '60f5ee35ad',
    'why.exitCodeDllNotFound': 'ea5368e264',
  },
});

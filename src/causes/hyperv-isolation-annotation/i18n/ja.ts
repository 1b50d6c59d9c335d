import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '廃止された実験的なHyper-V分離アノテーションをPodが使用している',
    'explanation': 'アノテーションexperimental.windows.kubernetes.io/isolation-type: hypervはDocker時代のアルファ版の仕組みで、現在は効果がありません。このアノテーションを付けたPodはプロセス分離で実行されるため、別のWindowsビルドのイメージはアノテーションがない場合とまったく同じように失敗します。現在、Hyper-V分離はRuntimeClassで要求します。',
    'fix.removeAnnotationWorkload': 'ワークロードのテンプレートからアノテーションを削除します。',
    'fix.createRuntimeclassWhose': 'containerdでHyper-V分離を選択するハンドラー(Hyper-Vのランタイムオプションを構成したランタイムハンドラー)を持つRuntimeClassを作成します。',
    'fix.setRuntimeclassnamePod': 'PodのspecのruntimeClassNameにそのRuntimeClassを指定します。',
    'msg.pod': 'Pod {pod}は、廃止されて無視されるアノテーションでHyper-V分離を要求しています。',
    'msg.noRuntimeClass': 'runtimeClassNameが設定されていない',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '6923934a97',
    'explanation': 'd793aaf23c',
    'fix.removeAnnotationWorkload': '0780ac91ff',
    'fix.createRuntimeclassWhose': 'a20774bc7d',
    'fix.setRuntimeclassnamePod': 'bf4bef04cf',
    'msg.pod': 'b978ab28c2',
    'msg.noRuntimeClass': 'f492652bb0',
  },
});

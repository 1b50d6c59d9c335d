declare const __WINDBG_VERSION__: string;
/** The cause pages of this version on the web (set by the release bundles; absent when run from the sources). */
declare const __WINDBG_PAGES_URL__: string | undefined;

declare module '*.ps1' {
  const text: string;
  export default text;
}

declare module '*.md' {
  const text: string;
  export default text;
}

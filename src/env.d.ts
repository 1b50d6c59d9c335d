declare const __WINDBG_VERSION__: string;

declare module '*.ps1' {
  const text: string;
  export default text;
}

declare module '*.md' {
  const text: string;
  export default text;
}

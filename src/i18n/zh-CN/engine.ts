/** zh-CN text for the keys of src/i18n/en/engine.ts. */
export const engine: Readonly<Record<string, string>> = {
};

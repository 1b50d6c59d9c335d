/** zh-CN text for the keys of src/i18n/en/cli.ts. */
export const cli: Readonly<Record<string, string>> = {
};

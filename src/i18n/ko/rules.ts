/** ko text for the keys of src/i18n/en/rules.ts and the rule texts (rules.<id>.title / .explanation / .fix.<n> / .why.<n>). */
export const rules: Readonly<Record<string, string>> = {
};

/** ja text for the keys of src/i18n/en/report.ts. */
export const report: Readonly<Record<string, string>> = {
};

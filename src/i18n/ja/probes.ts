/** ja text for the keys of src/i18n/en/probes.ts. */
export const probes: Readonly<Record<string, string>> = {
};

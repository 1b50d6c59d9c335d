/** ja text for the keys of src/i18n/en/kube.ts. */
export const kube: Readonly<Record<string, string>> = {
};

/** English text of src/kube. Keys are "kube.<what>". */
export const kube = {
} as const satisfies Record<string, string>;

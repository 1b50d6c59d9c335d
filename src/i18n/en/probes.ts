/** English text of src/probes. Keys are "probes.<what>". */
export const probes = {
} as const satisfies Record<string, string>;

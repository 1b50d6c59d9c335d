/** English text of src/engine. Keys are "engine.<what>". */
export const engine = {
} as const satisfies Record<string, string>;

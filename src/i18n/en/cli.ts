/** English text of src/cli. Keys are "cli.<what>". */
export const cli = {
} as const satisfies Record<string, string>;

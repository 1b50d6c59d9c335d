/** English text of src/report. Keys are "report.<what>". */
export const report = {
} as const satisfies Record<string, string>;

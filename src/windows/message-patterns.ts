/** Wordings of Windows error texts that more than one cause reads (normalised form, see src/engine/normalize.ts). */

/** HCS_E_IMAGE_MISMATCH: "The container operating system does not match the host operating system" and its older wording. */
export const osMismatchPattern = /operating system(?: of the container)? does not match the (?:host operating system|operating system of the host)/;

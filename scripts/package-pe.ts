/**
 * PE (Windows executable) helpers: read the machine type, and remove the Authenticode signature
 * (as `signtool remove /s` does) so that the executable with the injected SEA blob is plainly
 * unsigned instead of carrying a signature that no longer matches its content.
 */
export const IMAGE_FILE_MACHINE_AMD64 = 0x8664;
const PE32_PLUS_MAGIC = 0x20b;
const SECURITY_DIRECTORY_INDEX = 4;

function peHeaderOffset(binary: Buffer): number {
  if (binary.toString('latin1', 0, 2) !== 'MZ') throw new Error('not a PE file: no MZ header');
  const offset = binary.readUInt32LE(0x3c);
  if (binary.toString('latin1', offset, offset + 4) !== 'PE\0\0') throw new Error('not a PE file: no PE signature');
  return offset;
}

export function peMachine(binary: Buffer): number {
  return binary.readUInt16LE(peHeaderOffset(binary) + 4);
}

function securityDirectoryOffset(binary: Buffer): number {
  const optionalHeader = peHeaderOffset(binary) + 24;
  if (binary.readUInt16LE(optionalHeader) !== PE32_PLUS_MAGIC) throw new Error('only PE32+ (64-bit) executables are supported');
  const directoryCount = binary.readUInt32LE(optionalHeader + 108);
  if (directoryCount <= SECURITY_DIRECTORY_INDEX) return -1;
  return optionalHeader + 112 + SECURITY_DIRECTORY_INDEX * 8;
}

export function hasAuthenticodeSignature(binary: Buffer): boolean {
  const directory = securityDirectoryOffset(binary);
  return directory !== -1 && binary.readUInt32LE(directory + 4) > 0;
}

/** A copy of the executable without its certificate table (the input itself when unsigned). */
export function removeAuthenticodeSignature(binary: Buffer): Buffer {
  const directory = securityDirectoryOffset(binary);
  if (directory === -1) return binary;
  const fileOffset = binary.readUInt32LE(directory);
  const size = binary.readUInt32LE(directory + 4);
  if (size === 0) return binary;
  if (fileOffset + size !== binary.length) {
    throw new Error('the certificate table is not at the end of the file; refusing to guess the layout');
  }
  const result = Buffer.from(binary.subarray(0, fileOffset));
  result.writeUInt32LE(0, directory);
  result.writeUInt32LE(0, directory + 4);
  return result;
}

/**
 * Removes the code signature of a thin 64-bit Mach-O executable, as
 * `codesign --remove-signature` does: drop LC_CODE_SIGNATURE, shrink __LINKEDIT and cut the
 * signature off the end of the file. Injecting the SEA blob into a signed binary would leave it
 * with a signature that no longer matches, which macOS refuses to run; an unsigned one can be
 * signed ad hoc (`codesign --sign -`) on the Mac.
 */
const MH_MAGIC_64 = 0xfeedfacf;
const LC_SEGMENT_64 = 0x19;
const LC_CODE_SIGNATURE = 0x1d;
const HEADER_SIZE = 32;

export const CPU_TYPE_X86_64 = 0x01000007;
export const CPU_TYPE_ARM64 = 0x0100000c;

interface LoadCommand {
  cmd: number;
  offset: number;
  size: number;
}

function loadCommands(binary: Buffer): LoadCommand[] {
  if (binary.readUInt32LE(0) !== MH_MAGIC_64) throw new Error('not a thin 64-bit little-endian Mach-O file');
  const count = binary.readUInt32LE(16);
  const commands: LoadCommand[] = [];
  let offset = HEADER_SIZE;
  for (let index = 0; index < count; index += 1) {
    const size = binary.readUInt32LE(offset + 4);
    commands.push({ cmd: binary.readUInt32LE(offset), offset, size });
    offset += size;
  }
  return commands;
}

function segmentName(binary: Buffer, command: LoadCommand): string {
  const raw = binary.subarray(command.offset + 8, command.offset + 24);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString('ascii');
}

export function machoCpuType(binary: Buffer): number {
  if (binary.readUInt32LE(0) !== MH_MAGIC_64) throw new Error('not a thin 64-bit little-endian Mach-O file');
  return binary.readUInt32LE(4);
}

export function machoSegmentNames(binary: Buffer): string[] {
  return loadCommands(binary)
    .filter((command) => command.cmd === LC_SEGMENT_64)
    .map((command) => segmentName(binary, command));
}

export function hasCodeSignature(binary: Buffer): boolean {
  return loadCommands(binary).some((command) => command.cmd === LC_CODE_SIGNATURE);
}

/** A copy of the binary without its code signature (the input itself when it has none). */
export function removeCodeSignature(binary: Buffer): Buffer {
  const commands = loadCommands(binary);
  const signature = commands.find((command) => command.cmd === LC_CODE_SIGNATURE);
  if (!signature) return binary;
  const dataOffset = binary.readUInt32LE(signature.offset + 8);
  const dataSize = binary.readUInt32LE(signature.offset + 12);
  if (dataOffset + dataSize !== binary.length) {
    throw new Error('the code signature is not at the end of the file; refusing to guess the layout');
  }
  const linkedit = commands.find((command) => command.cmd === LC_SEGMENT_64 && segmentName(binary, command) === '__LINKEDIT');
  if (!linkedit) throw new Error('no __LINKEDIT segment');

  const result = Buffer.from(binary.subarray(0, dataOffset));
  const commandsEnd = HEADER_SIZE + result.readUInt32LE(20);
  // Close the gap left by the removed load command and clear the freed bytes.
  result.copy(result, signature.offset, signature.offset + signature.size, commandsEnd);
  result.fill(0, commandsEnd - signature.size, commandsEnd);
  result.writeUInt32LE(result.readUInt32LE(16) - 1, 16);
  result.writeUInt32LE(result.readUInt32LE(20) - signature.size, 20);

  const linkeditOffset = linkedit.offset > signature.offset ? linkedit.offset - signature.size : linkedit.offset;
  const fileOffset = result.readBigUInt64LE(linkeditOffset + 40);
  result.writeBigUInt64LE(BigInt(dataOffset) - fileOffset, linkeditOffset + 48);
  return result;
}

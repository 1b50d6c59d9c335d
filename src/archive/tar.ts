/**
 * The one ustar writer of the project: node state bundles (`collect`) and release archives
 * (scripts/package*.ts) both write their entries with it. Regular files only, numeric owner 0
 * named root, no dependency; `tar tzf` / `tar xzf` read it everywhere.
 */

export const TAR_BLOCK = 512;

export interface TarEntryHeader {
  /** Path inside the archive, '/'-separated. */
  path: string;
  size: number;
  mtime: Date;
  /** Permission bits; 0o644 unless given (0o755 for executables). */
  mode?: number;
}

function octal(value: number, width: number): string {
  const digits = value.toString(8).padStart(width - 1, '0');
  if (digits.length > width - 1) throw new Error(`tar numeric field overflow: ${value}`);
  return `${digits}\0`;
}

/**
 * Name and prefix fields: up to 100 bytes of name, plus up to 155 of directory prefix. A path
 * too long for both (only ever from names a node wrote) keeps its end, which names the file.
 */
function splitName(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  return { name: Buffer.from(path).subarray(-100).toString('utf8'), prefix: '' };
}

/** The 512-byte header of one regular file. */
export function tarHeader(entry: TarEntryHeader): Buffer {
  const header = Buffer.alloc(TAR_BLOCK, 0);
  const { name, prefix } = splitName(entry.path);
  header.write(name, 0, 100, 'utf8');
  header.write(octal(entry.mode ?? 0o644, 8), 100, 8, 'ascii');
  header.write(octal(0, 8), 108, 8, 'ascii');
  header.write(octal(0, 8), 116, 8, 'ascii');
  header.write(octal(entry.size, 12), 124, 12, 'ascii');
  header.write(octal(Math.floor(entry.mtime.getTime() / 1000), 12), 136, 12, 'ascii');
  // The checksum is computed with its own field as spaces.
  header.write('        ', 148, 8, 'ascii');
  header.write('0', 156, 1, 'ascii');
  header.write('ustar\0', 257, 6, 'ascii');
  header.write('00', 263, 2, 'ascii');
  header.write('root', 265, 32, 'ascii');
  header.write('root', 297, 32, 'ascii');
  header.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return header;
}

/** Header, content and padding of one file. */
export function tarEntry(path: string, content: Buffer, mtime: Date, mode?: number): Buffer[] {
  const padding = (TAR_BLOCK - (content.length % TAR_BLOCK)) % TAR_BLOCK;
  const parts = [tarHeader({ path, size: content.length, mtime, mode }), content];
  if (padding > 0) parts.push(Buffer.alloc(padding, 0));
  return parts;
}

/** The two zero blocks that end an archive. */
export function tarEnd(): Buffer {
  return Buffer.alloc(TAR_BLOCK * 2, 0);
}

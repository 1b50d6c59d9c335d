/**
 * Minimal, dependency-free archive helpers for release packaging:
 * tar.gz archives (entries written by the project's one ustar writer, src/archive/tar.ts), a tar reader, and a deflate zip writer and reader.
 * Archives are reproducible: fixed timestamps and owners, entries in the given order.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync, gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
import { tarEnd, tarEntry } from '../src/archive/tar.js';

export interface ArchiveEntry {
  name: string;
  data: Buffer;
  /** Unix permission bits, e.g. 0o755 for the executable. */
  mode: number;
}

/** 2020-01-01T00:00:00Z: a fixed timestamp keeps archives byte-for-byte reproducible. */
const FIXED_MTIME_SECONDS = 1577836800;
const BLOCK = 512;
/** zlib's default: level 9 makes the executables' archives only 0.4% smaller and takes 2.7 times as long. */
const COMPRESSION_LEVEL = 6;
const RECORD = 10240;

/** An uncompressed ustar archive of the entries, padded to the conventional 10 KiB record. */
export function tarArchive(entries: readonly ArchiveEntry[]): Buffer {
  const mtime = new Date(FIXED_MTIME_SECONDS * 1000);
  const parts: Buffer[] = [];
  for (const entry of entries) {
    if (Buffer.byteLength(entry.name) > 100) throw new Error(`release archive entry name longer than 100 bytes: ${entry.name}`);
    parts.push(...tarEntry(entry.name, entry.data, mtime, entry.mode));
  }
  parts.push(tarEnd());
  const length = parts.reduce((total, part) => total + part.length, 0);
  const recordPadding = (RECORD - (length % RECORD)) % RECORD;
  if (recordPadding > 0) parts.push(Buffer.alloc(recordPadding, 0));
  return Buffer.concat(parts);
}

export function tarGzArchive(entries: readonly ArchiveEntry[]): Buffer {
  return gzipSync(tarArchive(entries), { level: COMPRESSION_LEVEL });
}

function readCString(block: Buffer, offset: number, length: number): string {
  const slice = block.subarray(offset, offset + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end === -1 ? slice.length : end).toString('utf8');
}

function parsePaxPath(data: Buffer): string | undefined {
  // Records look like "<len> <key>=<value>\n".
  let offset = 0;
  let path: string | undefined;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const recordLength = Number.parseInt(data.subarray(offset, space).toString('ascii'), 10);
    if (!Number.isFinite(recordLength) || recordLength <= 0) break;
    const record = data.subarray(space + 1, offset + recordLength - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals > 0 && record.slice(0, equals) === 'path') path = record.slice(equals + 1);
    offset += recordLength;
  }
  return path;
}

/** Regular files of an uncompressed tar (ustar, pax and GNU long names), keyed by path. */
export function readTar(tar: Buffer): Map<string, { data: Buffer; mode: number }> {
  const files = new Map<string, { data: Buffer; mode: number }>();
  let offset = 0;
  let pendingName: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(readCString(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0x30);
    const data = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      pendingName = parsePaxPath(data) ?? pendingName;
      continue;
    }
    if (type === 'L') {
      pendingName = readCString(data, 0, data.length);
      continue;
    }
    const prefix = readCString(header, 345, 155);
    const shortName = readCString(header, 0, 100);
    const name = pendingName ?? (prefix ? `${prefix}/${shortName}` : shortName);
    pendingName = undefined;
    if (type === '0' || type === '\0') {
      files.set(name, { data: Buffer.from(data), mode: Number.parseInt(readCString(header, 100, 8).trim() || '0', 8) });
    }
  }
  return files;
}

export function readTarGz(path: string): Map<string, { data: Buffer; mode: number }> {
  return readTar(gunzipSync(readFileSync(path)));
}

/** DOS date/time for FIXED_MTIME_SECONDS (2020-01-01 00:00:00). */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/** A zip archive (deflate, no zip64: every entry must stay under 4 GiB) with Unix modes recorded. */
export function zipArchive(entries: readonly ArchiveEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data, { level: COMPRESSION_LEVEL });
    const checksum = crc32(entry.data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the external attributes carry the mode
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(((0o100000 | entry.mode) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + compressed.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...locals, centralDirectory, end]);
}

/** Files of a zip written by zipArchive (or any deflate/stored zip without zip64), checksums verified. */
export function readZip(zip: Buffer): Map<string, { data: Buffer; mode: number }> {
  const endOffset = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOffset === -1) throw new Error('not a zip archive: end of central directory not found');
  const count = zip.readUInt16LE(endOffset + 10);
  let central = zip.readUInt32LE(endOffset + 16);
  const files = new Map<string, { data: Buffer; mode: number }>();
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(central) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = zip.readUInt16LE(central + 10);
    const checksum = zip.readUInt32LE(central + 16);
    const compressedSize = zip.readUInt32LE(central + 20);
    const nameLength = zip.readUInt16LE(central + 28);
    const extraLength = zip.readUInt16LE(central + 30);
    const commentLength = zip.readUInt16LE(central + 32);
    const mode = (zip.readUInt32LE(central + 38) >>> 16) & 0o7777;
    const localOffset = zip.readUInt32LE(central + 42);
    const name = zip.subarray(central + 46, central + 46 + nameLength).toString('utf8');
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (crc32(data) !== checksum) throw new Error(`zip entry ${name} fails its CRC-32 check`);
    files.set(name, { data, mode });
    central += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function sha256File(path: string): string {
  return sha256(readFileSync(path));
}

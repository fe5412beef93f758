/**
 * Reading a file the user named as an input (scenario, `extends`, sweep, targets, parameters, a sweep
 * folder's own files) so that no path can hang, exhaust memory or be misread: only a regular file is
 * read (a FIFO is opened without blocking and refused, as are devices, sockets and directories), at
 * most MAX_INPUT_BYTES are read (checked while reading, since /proc files report a size of 0), and
 * the bytes must be UTF-8 (the first bad byte is named by its offset rather than silently replaced).
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { describeFsError, errorCode } from './fsErrors.js';

/**
 * 16 MiB. Assumption: the shipped scenarios are 2–10 KB and the largest sensible input (a sweep with
 * thousands of listed values, a scenario naming thousands of workers in interventions) is well under
 * 1 MB; a bigger file is almost certainly the wrong file.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** On failure, `code` is the file system's error code (ENOENT…) when it gave one. */
export type InputRead = { ok: true; text: string; bytes: Buffer } | { ok: false; reason: string; code?: string };

export interface ReadOptions {
  maxBytes?: number;
  /** Binary content (a gzip file): no UTF-8 check, and `text` is empty. */
  binary?: boolean;
}

/** What a path that is not a regular file is, in words. */
export function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or undefined. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return undefined;
}

const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** Reads a regular file of at most `maxBytes` UTF-8 bytes; never throws, never blocks on a pipe. */
export function readInputFile(path: string, options: ReadOptions = {}): InputRead {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NONBLOCK);
  } catch (thrown) {
    return { ok: false, reason: describeFsError(thrown), code: errorCode(thrown) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: `it is ${describeKind(info)}, not a regular file` };
    const tooBig = { ok: false as const, reason: `it is larger than the limit of ${formatBytes(maxBytes)} for an input file (is it the right file?)` };
    if (info.size > maxBytes) return tooBig;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return tooBig;
    }
    const bytes = Buffer.concat(chunks, total);
    if (options.binary) return { ok: true, text: '', bytes };
    // Node's native check first: the byte-by-byte search runs in the interpreter in a cold process.
    const bad = isUtf8(bytes) ? undefined : firstInvalidUtf8(bytes);
    if (bad !== undefined) return { ok: false, reason: `it is not UTF-8 text: byte ${bad} (0x${bytes[bad].toString(16).padStart(2, '0')}) does not begin a valid UTF-8 character` };
    return { ok: true, text: bytes.toString('utf8'), bytes };
  } catch (thrown) {
    return { ok: false, reason: describeFsError(thrown), code: errorCode(thrown) };
  } finally {
    closeSync(fd);
  }
}

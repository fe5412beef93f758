/** Inputs are read only from regular files, within a size limit, as UTF-8, and never hang (src/node/readInputFile.ts). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8, readInputFile } from '../../src/node/readInputFile.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handover-input-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const failure = (path: string, options = {}): string => {
  const read = readInputFile(path, options);
  if (read.ok) throw new Error(`expected ${path} to be refused`);
  return read.reason;
};

describe('readInputFile', () => {
  it('reads a regular UTF-8 file, through a symbolic link too', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, '{"name": "Café"}');
    symlinkSync(path, join(dir, 'link.json'));
    for (const p of [path, join(dir, 'link.json')]) {
      const read = readInputFile(p);
      expect(read.ok && read.text).toBe('{"name": "Café"}');
    }
  });

  it('refuses a directory, a character device and a missing file, saying which', () => {
    expect(failure(dir)).toBe('it is a directory, not a regular file');
    expect(failure('/dev/zero')).toBe('it is a character device, not a regular file');
    expect(failure('/dev/null')).toBe('it is a character device, not a regular file');
    expect(failure(join(dir, 'missing.json'))).toBe('no such file or directory');
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(failure(fifo)).toBe('it is a named pipe (FIFO), not a regular file');
  });

  it('refuses a file over the size limit, including /proc files that report a size of 0', () => {
    const path = join(dir, 'big.json');
    writeFileSync(path, 'x'.repeat(101));
    expect(failure(path, { maxBytes: 100 })).toMatch(/larger than the limit of 100 bytes/);
    expect(readInputFile(path, { maxBytes: 101 }).ok).toBe(true);
    expect(failure('/proc/self/maps', { maxBytes: 10 })).toMatch(/larger than the limit of 10 bytes/);
  });

  it('names the offset of the first byte that is not UTF-8', () => {
    const path = join(dir, 'latin1.json');
    writeFileSync(path, Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x43, 0x61, 0x66, 0xe9, 0x22, 0x7d]));
    expect(failure(path)).toBe('it is not UTF-8 text: byte 9 (0xe9) does not begin a valid UTF-8 character');
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts exactly what a strict UTF-8 decoder accepts', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === undefined).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it('is what readInputFile reports: a file is read exactly when a strict decoder accepts its bytes', () => {
    // ignoreBOM: a leading byte-order mark stays in the text, as readInputFile keeps it.
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const file = join(dir, 'bytes.txt');
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 24 }), fc.uint8Array({ maxLength: 8 }).map((b) => Uint8Array.from([0xef, 0xbb, 0xbf, ...b]))), (bytes) => {
        writeFileSync(file, bytes);
        const read = readInputFile(file);
        let text: string | undefined;
        try {
          text = strict.decode(bytes);
        } catch {
          text = undefined;
        }
        if (text === undefined) expect(read.ok ? 'read' : read.reason).toContain(`byte ${firstInvalidUtf8(bytes)} `);
        else expect(read.ok ? read.text : read.reason).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing wrong in any encoded string, and the first bad byte after a valid prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(0x80, 0xc0, 0xff, 0xf8), (text, bad) => {
        const good = Buffer.from(text, 'utf8');
        expect(firstInvalidUtf8(good)).toBeUndefined();
        expect(firstInvalidUtf8(Buffer.concat([good, Buffer.from([bad])]))).toBe(good.length);
      }),
    );
  });
});

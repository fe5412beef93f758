import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic } from '../../src/node/writeFileAtomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handover-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic(path, data)', () => {
  it('creates a new file with the data and leaves no temporary file', async () => {
    const target = join(dir, 'run.csv');
    await writeFileAtomic(target, 'week\n1\n');
    expect(readFileSync(target, 'utf8')).toBe('week\n1\n');
    expect(readdirSync(dir)).toEqual(['run.csv']);
  });

  it('replaces an existing file whole and keeps its permissions', async () => {
    const target = join(dir, 'run.csv');
    writeFileSync(target, 'old contents that are longer than the new ones\n');
    chmodSync(target, 0o640);
    await writeFileAtomic(target, new TextEncoder().encode('new\n'));
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['run.csv']);
  });

  it('fails cleanly in a directory that does not exist, creating nothing', async () => {
    const target = join(dir, 'missing', 'run.csv');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a directory as the target and leaves it and its folder as they were', async () => {
    mkdirSync(join(dir, 'out'));
    await expect(writeFileAtomic(join(dir, 'out'), 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('leaves the old content and no temporary file when the data cannot be written', async () => {
    const target = join(dir, 'run.csv');
    writeFileSync(target, 'old\n');
    // A data value the file handle rejects makes the write fail after the temporary file exists.
    await expect(writeFileAtomic(target, 42 as unknown as string)).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['run.csv']);
  });

  it('gives readers either the old or the new content while many writes race', async () => {
    const target = join(dir, 'run.csv');
    const versions = Array.from({ length: 20 }, (_, i) => `${String(i).repeat(10_000)}\n`);
    writeFileSync(target, versions[0]);
    const seen = new Set<string>();
    await Promise.all(versions.map(async (text) => {
      await writeFileAtomic(target, text);
      seen.add(readFileSync(target, 'utf8'));
    }));
    for (const text of seen) expect(versions).toContain(text);
    expect(readdirSync(dir)).toEqual(['run.csv']);
  });
});

describe('writeFileAtomic and what is at the path', () => {
  it('writes through a symbolic link to its file, atomically, and leaves the link a link', async () => {
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'real.csv'), 'old\n');
    chmodSync(join(dir, 'data', 'real.csv'), 0o600);
    symlinkSync('data/real.csv', join(dir, 'link.csv'));
    await writeFileAtomic(join(dir, 'link.csv'), 'new\n');
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe('data/real.csv');
    expect(readFileSync(join(dir, 'data', 'real.csv'), 'utf8')).toBe('new\n');
    expect(statSync(join(dir, 'data', 'real.csv')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'data'))).toEqual(['real.csv']);
  });

  it('refuses a FIFO, a device, a link to a device and a dangling link, changing none of them', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    symlinkSync('/dev/null', join(dir, 'null'));
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
    symlinkSync('missing.csv', join(dir, 'dangling'));
    await expect(writeFileAtomic(join(dir, 'pipe'), 'x')).rejects.toMatchObject({ code: 'ENOTREG', message: 'it is a named pipe (FIFO), not a regular file' });
    await expect(writeFileAtomic('/dev/null', 'x')).rejects.toMatchObject({ code: 'ENOTREG', message: 'it is a character device, not a regular file' });
    await expect(writeFileAtomic(join(dir, 'null'), 'x')).rejects.toMatchObject({ code: 'ENOTREG', message: 'it is a symbolic link to a character device, not a regular file' });
    await expect(writeFileAtomic(join(dir, 'stdout'), 'x')).rejects.toMatchObject({ code: 'ENOTREG' });
    await expect(writeFileAtomic(join(dir, 'dangling'), 'x')).rejects.toMatchObject({ code: 'ENOTREG', message: 'it is a symbolic link to a file that does not exist, not a regular file' });
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    for (const link of ['null', 'stdout', 'dangling']) expect(lstatSync(join(dir, link)).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['dangling', 'null', 'pipe', 'stdout']);
  });
});

describe('tempPathFor(path)', () => {
  it('names a hidden file in the same directory, different on every call', () => {
    const a = tempPathFor('/data/runs/run.csv');
    expect(a).toMatch(/^\/data\/runs\/\.run\.csv\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(tempPathFor('/data/runs/run.csv')).not.toBe(a);
  });
});

/**
 * Checking where results will go before any simulation starts, so that a long run never ends in
 * "cannot write": the real reason (read-only file system, permission, no space, not a folder, a
 * device) is found by trying — a small probe file written, flushed and removed — since permission
 * bits alone do not show a read-only mount or a full disk.
 */
import { constants } from 'node:fs';
import { access, mkdir, open, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeFsError, errorCode } from './fsErrors.js';
import { describeKind } from './readInputFile.js';
import { resolveTarget, tempPathFor } from './writeFileAtomic.js';

/** Enough to meet a full disk, small enough to cost nothing. */
const PROBE_BYTES = 4096;

async function probe(dir: string): Promise<string | undefined> {
  const temp = tempPathFor(join(dir, '.handover-write-check'));
  let created = false;
  try {
    const handle = await open(temp, 'wx');
    created = true;
    try {
      await handle.writeFile(new Uint8Array(PROBE_BYTES));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return undefined;
  } catch (thrown) {
    return describeFsError(thrown, dir);
  } finally {
    if (created) await unlink(temp).catch(() => undefined);
  }
}

/** The nearest folder on the way up from `path` that exists, or a problem with the first thing that is not a folder. */
async function nearestFolder(path: string): Promise<{ folder: string } | { problem: string }> {
  let at = resolve(path);
  for (;;) {
    try {
      const info = await stat(at);
      return info.isDirectory() ? { folder: at } : { problem: `${at} is ${info.isFile() ? 'a file' : describeKind(info)}, not a folder` };
    } catch (thrown) {
      const code = errorCode(thrown);
      // ENOTDIR: something on the way is a file; going up finds and names it.
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(at) === at) return { problem: `${at}: ${describeFsError(thrown)}` };
      at = dirname(at);
    }
  }
}

/** Why `dir` cannot hold results, or undefined once it exists and a file can be written in it. */
export async function outputDirProblem(dir: string): Promise<string | undefined> {
  const found = await nearestFolder(dir);
  if ('problem' in found) return found.problem;
  if (found.folder !== resolve(dir)) {
    try {
      await access(found.folder, constants.W_OK);
      await mkdir(dir, { recursive: true });
    } catch (thrown) {
      return `cannot create it in ${found.folder}: ${describeFsError(thrown, found.folder)}`;
    }
  }
  return probe(dir);
}

/** Why a result file cannot be written at `path` (following a symbolic link), or undefined. */
export async function outputFileProblem(path: string): Promise<string | undefined> {
  let target: string;
  try {
    target = (await resolveTarget(path)).target;
  } catch (thrown) {
    if (errorCode(thrown) !== 'ENOTDIR') return describeFsError(thrown);
    target = path;
  }
  const parent = dirname(resolve(target));
  const found = await nearestFolder(parent);
  if ('problem' in found) return found.problem;
  if (found.folder !== parent) return `the folder ${parent} does not exist`;
  return probe(parent);
}

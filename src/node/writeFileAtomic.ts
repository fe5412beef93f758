/**
 * writeFileAtomic: a reader of `path` sees either the old file or the complete new one, never a half
 * written run. The data goes to a temporary file in the same directory (rename is only atomic within
 * one file system), is flushed to disk, then renamed over the target. On any failure the temporary file
 * is removed and the error rethrown; the target is untouched.
 *
 * Only a regular file is ever replaced: a symbolic link is followed and its target replaced (the link
 * stays a link), and a directory, FIFO, device or socket at the path — or at the end of the link — is
 * refused before anything is written, so `--out` can never turn /dev/null or a link into a plain file.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Stats } from 'node:fs';
import { describeKind } from './readInputFile.js';

/** A path that is not a regular file (or a link to one): refused, never replaced. ENOTREG is ours, not the system's. */
export class NotAFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string, readonly kind: string) {
    super(`it is ${kind}, not a regular file`);
    this.name = 'NotAFileError';
  }
}

async function statOrUndefined(read: () => Promise<Stats>): Promise<Stats | undefined> {
  try {
    return await read();
  } catch (thrown) {
    if ((thrown as { code?: string }).code === 'ENOENT') return undefined;
    throw thrown;
  }
}

/**
 * Where the data really goes: `path` itself, or the file a symbolic link at `path` points to, with the
 * permissions of the file being replaced. A dangling link or anything but a regular file is refused.
 */
export async function resolveTarget(path: string): Promise<{ target: string; mode?: number }> {
  const own = await statOrUndefined(() => lstat(path));
  if (own === undefined) return { target: path };
  let target = path;
  let info: Stats | undefined = own;
  if (own.isSymbolicLink()) {
    info = await statOrUndefined(() => stat(path));
    if (info === undefined) throw new NotAFileError(path, 'a symbolic link to a file that does not exist');
  }
  const kind = info.isFile() ? undefined : describeKind(info);
  if (kind === 'a directory') throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: 'EISDIR', path });
  if (kind !== undefined) throw new NotAFileError(path, own.isSymbolicLink() ? `a symbolic link to ${kind}` : kind);
  // Only now: /proc/self/fd/1 resolves to "pipe:[…]", which is no path.
  if (own.isSymbolicLink()) target = await realpath(path);
  return { target, mode: info.mode & 0o7777 };
}

/** The temporary name: hidden, next to the target, unique per call, and recognisable if a crash leaves it. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Best effort: persists the rename itself. Not every platform can open a directory, and the data is already safe. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The rename has happened; a failed directory sync only weakens durability after a power cut.
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const { target, mode } = await resolveTarget(path);
  const temp = tempPathFor(target);
  let created = false;
  try {
    // 'wx': never follow or reuse an existing file at the temporary name.
    const handle = await open(temp, 'wx');
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Replacing a file keeps its permissions, as writing over it in place would.
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
    created = false;
  } finally {
    if (created) await unlink(temp).catch(() => undefined);
  }
  await syncDirectory(dirname(target));
}

/**
 * writeFileAtomic: a reader of `path` sees either the old file or the complete new one, never a half
 * written run. The data goes to a temporary file in the same directory (rename is only atomic within
 * one file system), is flushed to disk, then renamed over the target. On any failure the temporary file
 * is removed and the error rethrown; the target is untouched.
 */
import { randomBytes } from 'node:crypto';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The temporary name: hidden, next to the target, unique per call, and recognisable if a crash leaves it. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The permissions of the file being replaced; a directory at the path is refused before anything is written. */
async function existingMode(path: string): Promise<number | undefined> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return undefined;
  }
  if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: 'EISDIR', path });
  return info.mode & 0o7777;
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
  const temp = tempPathFor(path);
  const mode = await existingMode(path);
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
    await rename(temp, path);
    created = false;
  } finally {
    if (created) await unlink(temp).catch(() => undefined);
  }
  await syncDirectory(dirname(path));
}

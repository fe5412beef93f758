/** Plain words for the file-system errors a user can cause (a mistyped path, a read-only folder). */

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy or locked',
  EXDEV: 'the temporary file and the target are on different file systems',
  ENAMETOOLONG: 'the file name is too long',
  ELOOP: 'too many symbolic links in the path',
  ENXIO: 'no such device (a socket or a device without a driver)',
  ENOTEMPTY: 'the directory is not empty',
  ENODEV: 'no such device',
  ETXTBSY: 'the file is busy',
  EFBIG: 'the file is too large',
  EDQUOT: 'disk quota exceeded',
};

export function errorCode(thrown: unknown): string | undefined {
  const code = (thrown as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for errors from the file system about the user's paths, as opposed to bugs. */
export function isFsError(thrown: unknown): boolean {
  const code = errorCode(thrown);
  return code !== undefined && (code in WORDS || code === 'ENOTREG');
}

/**
 * Plain words for a file-system error. With `where` (the file or folder being written), a full disk
 * and a read-only mount name it, since the error itself says only "the device".
 */
export function describeFsError(thrown: unknown, where?: string): string {
  const code = errorCode(thrown);
  if (where !== undefined && (code === 'ENOSPC' || code === 'EDQUOT')) return `${code === 'ENOSPC' ? 'no space left' : 'the disk quota is used up'} on the file system that holds ${where}`;
  if (where !== undefined && code === 'EROFS') return `${where} is on a read-only file system`;
  // ENOTREG (writeFileAtomic's refusal of a device, FIFO or link to one) carries its own words.
  if (code === 'ENOTREG' && thrown instanceof Error) return thrown.message;
  if (code !== undefined && code in WORDS) return WORDS[code];
  return thrown instanceof Error ? thrown.message : String(thrown);
}

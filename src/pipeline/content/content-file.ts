import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';

/**
 * What a path inside a content folder is, walked from the folder one segment at a time without
 * following symbolic links: a content folder must not be able to hand out a file from elsewhere on the
 * machine (`images/x.svg → /etc/passwd`), so a link anywhere on the way is refused, not resolved.
 */
export type ContentFileState = 'file' | 'missing' | 'symlink' | 'not-a-file' | 'outside';

/** The segments of a relative path that stays inside its folder, or undefined when it would leave it. */
function insideSegments(relativePath: string): string[] | undefined {
  if (relativePath === '' || path.isAbsolute(relativePath) || relativePath.includes('\\')) return undefined;
  const segments = relativePath.split('/').filter((s) => s !== '' && s !== '.');
  return segments.length === 0 || segments.includes('..') ? undefined : segments;
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/** The state of `relativePath` ("images/dam.svg") inside `dir`. A few lstat calls: cheap enough to run synchronously. */
export function contentFileState(dir: string, relativePath: string): ContentFileState {
  const segments = insideSegments(relativePath);
  if (!segments) return 'outside';
  for (let i = 0; i < segments.length; i += 1) {
    const stats = lstatOrUndefined(path.join(dir, ...segments.slice(0, i + 1)));
    if (!stats) return 'missing';
    if (stats.isSymbolicLink()) return 'symlink';
    if (i === segments.length - 1) return stats.isFile() ? 'file' : 'not-a-file';
    if (!stats.isDirectory()) return 'missing';
  }
  return 'missing';
}

/** Why a file cannot be used, said to an editor; undefined for a usable file. */
export function describeState(state: ContentFileState): string | undefined {
  switch (state) {
    case 'file':
      return undefined;
    case 'missing':
      return 'file is missing';
    case 'symlink':
      return 'is a symbolic link (or lies in a linked folder): content files must be real files inside the content directory';
    case 'not-a-file':
      return 'is not a regular file';
    case 'outside':
      return 'points outside the content directory';
  }
}

export class ContentFileError extends Error {
  constructor(
    readonly relativePath: string,
    readonly state: ContentFileState,
  ) {
    super(`${relativePath}: ${describeState(state) ?? 'cannot be read'}`);
    this.name = 'ContentFileError';
  }
}

/** An error from opening a checked path: it changed between the check and the open. */
function openFailure(error: unknown, relativePath: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return new ContentFileError(relativePath, 'symlink');
  if (code === 'ENOENT') return new ContentFileError(relativePath, 'missing');
  return error;
}

/** Opening flags that refuse a link in the last segment too, closing the gap between the check and the read. */
const NO_FOLLOW = constants.O_RDONLY | constants.O_NOFOLLOW;

/** The bytes of a real file inside `dir`; throws ContentFileError for anything else. */
export async function readContentFile(dir: string, relativePath: string): Promise<Buffer> {
  const state = contentFileState(dir, relativePath);
  if (state !== 'file') throw new ContentFileError(relativePath, state);
  const handle = await open(path.join(dir, relativePath), NO_FOLLOW).catch((error: unknown) => {
    throw openFailure(error, relativePath);
  });
  try {
    if (!(await handle.stat()).isFile()) throw new ContentFileError(relativePath, 'not-a-file');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** readContentFile, synchronously (for the writer, which copies thousands of files). */
export function readContentFileSync(dir: string, relativePath: string): Buffer {
  const state = contentFileState(dir, relativePath);
  if (state !== 'file') throw new ContentFileError(relativePath, state);
  let fd: number;
  try {
    fd = openSync(path.join(dir, relativePath), NO_FOLLOW);
  } catch (error) {
    throw openFailure(error, relativePath);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new ContentFileError(relativePath, 'not-a-file');
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

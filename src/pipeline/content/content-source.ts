import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './content-error';
import { ContentFileError, contentFileState, describeState, readContentFileSync, type ContentFileState } from './content-file';

/**
 * Where validateContent reads a content folder from: the folder on disk (loadContent), or the files an
 * import is about to write. Reading problems are pushed onto `problems`, never thrown.
 */
export interface ContentSource {
  /** The folder the content is in (or is going to be in); local images are resolved against it. */
  dir: string;
  /** The bytes of one file ("site.json", "articles/x.json"), or undefined once a problem says why not. */
  readBytes(file: string, problems: ContentProblem[]): Buffer | undefined;
  /** The article files ("articles/x.json"), sorted; [] once a problem says the folder is missing. */
  articleFiles(problems: ContentProblem[]): string[];
  /** What a path relative to `dir` ("images/dam.svg") is: only a real file reached without links is usable. */
  fileState(relativePath: string): ContentFileState;
}

/** The bytes of a content file → its JSON, or undefined with the problem pushed. */
export function parseContentJson(bytes: Uint8Array, file: string, problems: ContentProblem[]): unknown {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as unknown;
  } catch (error) {
    problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** A content folder on disk. Symbolic links are refused wherever they are: the JSON files, articles/, images/. */
export function folderSource(dir: string): ContentSource {
  return {
    dir,
    readBytes(file, problems) {
      try {
        // Synchronously: for thousands of small files, far fewer round trips than a promise per step.
        return readContentFileSync(dir, file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const message = error instanceof ContentFileError ? describeState(error.state)! : `cannot be read (${code ?? String(error)})`;
        problems.push({ file, message });
        return undefined;
      }
    },
    articleFiles(problems) {
      const state = contentFileState(dir, 'articles');
      if (state === 'symlink') {
        problems.push({ file: 'articles/', message: describeState(state)! });
        return [];
      }
      try {
        const names = readdirSync(path.join(dir, 'articles'));
        return names.filter((n) => n.endsWith('.json')).sort().map((n) => `articles/${n}`);
      } catch {
        problems.push({ file: 'articles/', message: 'folder is missing: put one JSON file per article in it' });
        return [];
      }
    },
    fileState: (relativePath) => contentFileState(dir, relativePath),
  };
}

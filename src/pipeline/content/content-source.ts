import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentProblem } from './content-error';

/**
 * Where validateContent reads a content folder from: the folder on disk (loadContent), or the files an
 * import is about to write. Reading problems are pushed onto `problems`, never thrown.
 */
export interface ContentSource {
  /** The folder the content is in (or is going to be in); local images are resolved against it. */
  dir: string;
  /** The JSON of one file ("site.json", "articles/x.json"), or undefined once a problem says why not. */
  readJson(file: string, problems: ContentProblem[]): Promise<unknown>;
  /** The article files ("articles/x.json"), sorted; [] once a problem says the folder is missing. */
  articleFiles(problems: ContentProblem[]): Promise<string[]>;
  /** Whether an absolute path inside `dir` is a file. */
  isFile(absolutePath: string): Promise<boolean>;
}

/** The text of a content file → its JSON, or undefined with the problem pushed. */
export function parseContentJson(text: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

export function isFileOnDisk(absolutePath: string): Promise<boolean> {
  return stat(absolutePath).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** A content folder on disk. */
export function folderSource(dir: string): ContentSource {
  return {
    dir,
    async readJson(file, problems) {
      let text: string;
      try {
        text = await readFile(path.join(dir, file), 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        problems.push({ file, message: code === 'ENOENT' ? 'file is missing' : `cannot be read (${code ?? String(error)})` });
        return undefined;
      }
      return parseContentJson(text, file, problems);
    },
    async articleFiles(problems) {
      try {
        const names = await readdir(path.join(dir, 'articles'));
        return names.filter((n) => n.endsWith('.json')).sort().map((n) => `articles/${n}`);
      } catch {
        problems.push({ file: 'articles/', message: 'folder is missing: put one JSON file per article in it' });
        return [];
      }
    },
    isFile: isFileOnDisk,
  };
}

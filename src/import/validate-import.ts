import { ContentError, type ContentProblem } from '../pipeline/content/content-error';
import { contentFileState } from '../pipeline/content/content-file';
import type { ContentSource } from '../pipeline/content/content-source';
import { validateContent } from '../pipeline/content/load-content';
import type { ItemOrigin } from './content-bundle';
import { ImportError } from './problems';
import { isManagedFile } from './serialize-content';

/**
 * The folder an import is about to write, read without writing it: the files are the import's own
 * (every article in the bundle, as the bytes that will be written), the files it adds (downloaded
 * images), and everything else is what --out holds now, which is what the write carries over (images/, notes).
 */
function plannedFolder(files: ReadonlyMap<string, string>, out: string, added: ReadonlySet<string>): ContentSource {
  return {
    dir: out,
    readBytes: (file, problems) => {
      const text = files.get(file);
      if (text !== undefined) return Buffer.from(text);
      problems.push({ file, message: 'file is missing' });
      return undefined;
    },
    articleFiles: () => [...files.keys()].filter((rel) => rel.startsWith('articles/')).sort(),
    fileState: (relativePath) => {
      if (isManagedFile(relativePath)) return files.has(relativePath) ? 'file' : 'missing';
      if (added.has(relativePath)) return 'file';
      return contentFileState(out, relativePath);
    },
  };
}

/** A problem the pipeline's checks found, named by the source item it came from. */
function fromContentProblem(problem: ContentProblem, origins: ReadonlyMap<string, ItemOrigin>): ContentProblem {
  const origin = problem.item === undefined ? undefined : origins.get(problem.item);
  if (!origin) return problem;
  return { ...problem, file: `${origin.file} → ${problem.file}`, item: origin.item };
}

/**
 * The one validation of an import: the pipeline loader's own checks (validateContent: schemas,
 * duplicates, references, local images) on the files about to be written to `out`. Throws ImportError
 * naming the source item of each problem.
 */
export async function validateImport(
  files: ReadonlyMap<string, string>,
  out: string,
  origins: ReadonlyMap<string, ItemOrigin>,
  added: ReadonlySet<string> = new Set(),
): Promise<void> {
  try {
    await validateContent(plannedFolder(files, out, added));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new ImportError(error.problems.map((p) => fromContentProblem(p, origins)), 'Import failed the content checks, nothing was written');
  }
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ImportError } from '../problems';
import { IMPORT_STATE_FILE, toJson } from '../serialize-content';

/** One imported post: its article file, and its URL (so links to it from later posts still resolve). */
const StatePostSchema = z.object({
  slug: z.string().min(1, 'expected the article slug'),
  link: z.string().optional(),
});

/**
 * What a WordPress site import records in its content folder for the next `--since last`: the site,
 * the newest modified_gmt seen, and the posts imported (WordPress id → article). Nothing
 * time-dependent besides the site's own dates, so an import that changes nothing rewrites nothing.
 */
export const SyncStateSchema = z.object({
  version: z.literal(1, 'expected 1'),
  site: z.url({ error: 'expected the site URL imported' }),
  newestModified: z.iso.datetime({ error: 'expected the newest modified_gmt seen, as an ISO instant like "2024-03-05T10:00:00Z"' }).optional(),
  posts: z.record(z.string().regex(/^[1-9]\d*$/, 'expected a WordPress post id'), StatePostSchema, { error: 'expected the imported posts, by WordPress id: { "42": { "slug": "…" } }' }),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

export function serializeState(state: SyncState): string {
  const posts = Object.fromEntries(Object.entries(state.posts).sort(([a], [b]) => Number(a) - Number(b)));
  return toJson({ ...state, posts });
}

const fieldOf = (issue: z.core.$ZodIssue) => (issue.path.length === 0 ? 'the file' : `field "${issue.path.join('.')}"`);

/** The state of the previous import in `outDir`, undefined when there is none; an ImportError naming the file and field when it is unreadable. */
export async function readSyncState(outDir: string): Promise<SyncState | undefined> {
  const file = path.join(outDir, IMPORT_STATE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ImportError([{ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }], 'Sync failed, nothing was written');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError([{ file, message: `is not JSON (${(error as Error).message}); delete it to import the whole site again` }], 'Sync failed, nothing was written');
  }
  const parsed = SyncStateSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({ file, message: `${fieldOf(issue)}: ${issue.message}` }));
  problems.push({ file, message: 'is not the state of a WordPress import; delete it to import the whole site again' });
  throw new ImportError(problems, 'Sync failed, nothing was written');
}

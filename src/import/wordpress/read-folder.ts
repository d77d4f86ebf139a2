import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentProblem } from '../../pipeline/content/content-error';
import { ImportError } from '../problems';
import { readJsonText } from '../read-json';
import type { Endpoint, Sourced, WpDump } from './dump';
import { endpointItems } from './endpoint-items';
import { WpIndexSchema, type WpIndex } from './wp-schemas';

const REQUIRED: readonly Endpoint[] = ['posts', 'categories', 'users'];
const ENDPOINTS: readonly Endpoint[] = ['posts', 'categories', 'users', 'tags', 'media', 'pages'];

/**
 * The files of one endpoint in a folder: "posts.json", or the pages "posts-1.json", "posts-2.json", …
 * (both, if both are there), pages in numeric order. A gap in the page numbers is an error: a page is
 * missing.
 */
export function endpointFiles(names: readonly string[], endpoint: Endpoint): { files: string[]; missing: string[] } {
  const pages: number[] = [];
  for (const name of names) {
    if (!name.startsWith(`${endpoint}-`) || !name.endsWith('.json')) continue;
    const page = name.slice(endpoint.length + 1, -'.json'.length);
    if (/^[1-9]\d*$/.test(page)) pages.push(Number(page));
  }
  pages.sort((a, b) => a - b);
  const missing: string[] = [];
  const last = pages.at(-1) ?? 0;
  for (let page = 1; page <= last; page += 1) if (!pages.includes(page)) missing.push(`${endpoint}-${page}.json`);
  const files = [...(names.includes(`${endpoint}.json`) ? [`${endpoint}.json`] : []), ...pages.map((p) => `${endpoint}-${p}.json`)];
  return { files, missing };
}

async function readSiteFile(dir: string, names: readonly string[], problems: ContentProblem[]): Promise<WpIndex | undefined> {
  if (!names.includes('site.json')) return undefined;
  const json = readJsonText(await readFile(path.join(dir, 'site.json'), 'utf8'), 'the site\'s {"name", "description"} (as GET /wp-json/ returns them)');
  if (!json.ok) {
    problems.push({ file: 'site.json', message: json.message });
    return undefined;
  }
  const parsed = WpIndexSchema.safeParse(json.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push({ file: 'site.json', field: issue.path.join('.') || undefined, message: issue.message });
  return undefined;
}

/** Reads a folder of WordPress REST responses. Every problem is collected before failing. */
export async function readWordPressFolder(dir: string): Promise<WpDump> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new ImportError([{ file: dir, message: info ? 'is not a folder' : 'does not exist; expected a folder of WordPress REST responses (posts.json, categories.json, users.json…)' }]);
  const names = (await readdir(dir)).sort();
  const problems: ContentProblem[] = [];
  const dump: WpDump = { source: dir, posts: [], categories: [], users: [], tags: [], media: [], pages: [] };
  for (const endpoint of ENDPOINTS) {
    const { files, missing } = endpointFiles(names, endpoint);
    for (const file of missing) problems.push({ file, message: `is missing: the pages of ${endpoint} must be numbered 1, 2, 3… without gaps` });
    if (files.length === 0 && REQUIRED.includes(endpoint)) {
      problems.push({ file: `${endpoint}.json`, message: `is missing; expected ${endpoint}.json (or ${endpoint}-1.json, ${endpoint}-2.json, …)` });
    }
    for (const file of files) {
      const read = endpointItems(await readFile(path.join(dir, file), 'utf8'), file, endpoint);
      if (read.ok) (dump[endpoint] as Sourced[]).push(...read.items);
      else problems.push(read.problem);
    }
  }
  dump.index = await readSiteFile(dir, names, problems);
  if (problems.length > 0) throw new ImportError(problems);
  return dump;
}

import path from 'node:path';
import type { ContentProblem } from '../../pipeline/content/content-error';
import type { ImportedContent } from '../content-bundle';
import { ImportError } from '../problems';
import { IMPORT_STATE_FILE } from '../serialize-content';
import type { Warnings } from '../warnings';
import type { Sourced, WpDump } from './dump';
import { fetchWordPressSite, type FetchSiteOptions } from './fetch-site';
import { importWordPress, type ImportedPost, type WordPressImport, type WordPressImportOptions } from './import-wordpress';
import { mergeBundles, readFolderContent } from './merge-folder';
import { relinkKept, type Moved } from './relink-kept';
import { readSyncState, serializeState, type SyncState } from './sync-state';

/**
 * modified_after is asked this much before the newest modification seen: WordPress compares it with
 * post_modified, in the site's own time zone (up to 14 h off UTC), and strictly (a post saved in the
 * same second would be missed). Posts fetched again map to the same bytes, so their files are untouched.
 */
export const SINCE_MARGIN_MS = 24 * 60 * 60 * 1000;

export interface SyncOptions extends WordPressImportOptions {
  source: string;
  out: string;
  /** "last" (the newest modification the previous import saw) or an ISO date. */
  since: string;
  fetch: FetchSiteOptions;
}

export interface SyncResult {
  imported: ImportedContent;
  /** A line for the user (a full import instead of a sync, and why). */
  note?: string;
}

const siteKey = (url: string) => new URL(url).href.replace(/\/+$/, '');
const newest = (dates: readonly (string | undefined)[]) => dates.filter((d): d is string => d !== undefined).sort().at(-1);

/** The state a full or merged import records: the posts imported (id → slug, link) and the newest modified_gmt. */
export function stateFor(site: string, posts: readonly ImportedPost[], kept: SyncState['posts'] = {}, since?: string): SyncState {
  const entries = { ...kept };
  for (const p of posts) entries[String(p.id)] = { slug: p.slug, ...(p.link ? { link: p.link } : {}) };
  const newestModified = newest([since, ...posts.map((p) => p.modified)]);
  return { version: 1, site, ...(newestModified ? { newestModified } : {}), posts: entries };
}

/** A full import of a site, with its state for the next sync. */
export function withState(imported: WordPressImport, site: string, state = stateFor(site, imported.posts)): ImportedContent {
  return { ...imported, extraFiles: new Map([[IMPORT_STATE_FILE, serializeState(state)]]) };
}

/** Routes of replaced posts that no longer hold them → the post's new route, or its address on the site once deleted. */
function movedRoutes(state: SyncState, replaced: ReadonlySet<number>, fetched: readonly ImportedPost[]): Moved {
  const now = new Map(fetched.map((p) => [p.id, p.slug]));
  const routes = new Map<string, string>();
  for (const [id, { slug, link }] of Object.entries(state.posts)) {
    if (!replaced.has(Number(id)) || now.get(Number(id)) === slug) continue;
    const to = now.has(Number(id)) ? `/article/${now.get(Number(id))}` : link;
    if (to !== undefined) routes.set(`/article/${slug}`, to);
  }
  return routes;
}

/** The ids of a listing (`_fields=id`), whatever else is in it. */
function idsOf(items: readonly Sourced[]): Set<number> {
  const ids = new Set<number>();
  for (const { value } of items) {
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === 'number' && Number.isInteger(id)) ids.add(id);
  }
  return ids;
}

function sinceDate(since: string, state: SyncState): string | undefined {
  if (since === 'last') return state.newestModified;
  const time = Date.parse(since);
  if (Number.isNaN(time)) throw new ImportError([{ file: '--since', message: `expected "last" or an ISO date such as 2024-03-05T10:00:00Z, got "${since}"` }]);
  return new Date(time).toISOString();
}

async function fetchPosts(source: string, warnings: Warnings, fetch: FetchSiteOptions, ids: readonly number[]): Promise<Sourced[]> {
  const posts: Sourced[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const dump = await fetchWordPressSite(source, warnings, { ...fetch, progress: undefined, only: ['posts'], postParams: { include: ids.slice(i, i + 100).join(',') } });
    posts.push(...dump.posts);
  }
  return posts;
}

/**
 * `--since`: the posts modified since the previous import (modified_after), plus published ones it
 * never saw (a scheduled post going live keeps an older modified date), merged into the content folder:
 * deleted posts (absent from a listing of ids) lose their files, every other file stays as it is.
 * Without a state file it is a full import, saying so.
 */
export async function syncWordPressSite(options: SyncOptions, warnings: Warnings): Promise<SyncResult> {
  const out = path.resolve(options.out);
  const stateFile = path.join(options.out, IMPORT_STATE_FILE);
  const state = await readSyncState(out);
  const full = async (why: string): Promise<SyncResult> => {
    const dump = await fetchWordPressSite(options.source, warnings, options.fetch);
    return { imported: withState(importWordPress(dump, warnings, options), options.source), note: `${why}: importing the whole site (the next --since last fetches only what changed).` };
  };
  if (!state) return full(`No ${stateFile} from an earlier import`);
  if (siteKey(state.site) !== siteKey(options.source)) {
    const problem: ContentProblem = { file: stateFile, message: `field "site": the folder was imported from ${state.site}, not ${options.source}; import into another folder, or delete the file to import this site here` };
    throw new ImportError([problem], 'Sync failed, nothing was written');
  }
  const since = sinceDate(options.since, state);
  if (!since) return full(`${stateFile} records no modification date (field "newestModified")`);

  const modifiedAfter = new Date(Date.parse(since) - SINCE_MARGIN_MS).toISOString();
  const changed: WpDump = await fetchWordPressSite(options.source, warnings, { ...options.fetch, postParams: { modified_after: modifiedAfter } });
  const listing = await fetchWordPressSite(options.source, warnings, { ...options.fetch, progress: undefined, only: ['posts'], postParams: { _fields: 'id' } });
  const live = idsOf(listing.posts);
  const fetched = idsOf(changed.posts);
  const unseen = [...live].filter((id) => !fetched.has(id) && !(String(id) in state.posts)).sort((a, b) => a - b);
  changed.posts.push(...(await fetchPosts(options.source, warnings, options.fetch, unseen)));

  const replaced = new Set([...idsOf(changed.posts), ...Object.keys(state.posts).map(Number).filter((id) => !live.has(id))]);
  const keptState = Object.fromEntries(Object.entries(state.posts).filter(([id]) => !replaced.has(Number(id))));
  const dropped = new Set(Object.entries(state.posts).filter(([id]) => replaced.has(Number(id))).map(([, p]) => `articles/${p.slug}.json`));
  const folder = await readFolderContent(out);
  const kept = [...folder.articles].filter(([file]) => !dropped.has(file)).map(([, article]) => article);

  const mapped = importWordPress(changed, warnings, {
    ...options,
    reservedSlugs: kept.map((a) => a.slug),
    knownPosts: Object.entries(keptState).map(([id, p]) => ({ id: Number(id), slug: p.slug, link: p.link })),
  });
  const relinked = kept.map((article) => relinkKept(article, movedRoutes(state, replaced, mapped.posts)));
  const merged = { ...mapped, bundle: mergeBundles(relinked, mapped.bundle, folder) };
  return { imported: withState(merged, state.site, stateFor(state.site, mapped.posts, keptState, state.newestModified)) };
}

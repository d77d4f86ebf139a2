import { queryOptions } from '@tanstack/react-query';
import { parseShardList, shardBatches, type SearchShardList } from '../../model/search-shards';
import { collectNewestFirst } from './shard-search';
import { importPagefind } from './import-pagefind';

/*
 * The browser side of the search index written by the build: dist/pagefind/shards.json lists the month
 * shards newest first, each a Pagefind bundle at pagefind/<month>/. One Pagefind loader
 * (pagefind/pagefind.js) and one WebAssembly module (the newest shard's) serve them all: the newest
 * shard is Pagefind's primary index and older ones are merged in (mergeIndex) only when a search needs
 * them. Loaded on demand from the site itself — it is not part of the app bundle.
 */

export interface SearchHit {
  /** Route path inside the app, e.g. "/article/some-slug". */
  path: string;
  title: string;
  /** The excerpt split into plain text and matched words, to render without any HTML. */
  excerpt: { text: string; match: boolean }[];
  section?: string;
}

export interface SearchResults {
  hits: SearchHit[];
  /** Hits found in the shards searched so far. */
  total: number;
  /** False while older shards are unsearched: there may be more than `total` ("N+"). */
  complete: boolean;
}

interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
}

interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}

type Filters = Record<string, string | { any: string[] }>;

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: { filters?: Filters }) => Promise<{ results: PagefindResult[] } | null>;
}

interface SearchIndex {
  list: SearchShardList;
  /** Shard ids in the groups they are searched in, newest first. */
  batches: string[][];
  pagefind?: Pagefind;
  /** Per group: its shards merged into Pagefind. */
  opened: Map<number, Promise<void>>;
}

const searchRoot = () => `${import.meta.env.BASE_URL}pagefind/`;

let loading: Promise<SearchIndex> | undefined;

export function loadSearchIndex(): Promise<SearchIndex> {
  loading ??= (async () => {
    const root = searchRoot();
    const url = `${root}shards.json`;
    // Revalidated every time: a publish adds shards and changes the newest.
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const list = parseShardList(await response.json(), url);
    const batches = shardBatches(list);
    const newest = batches[0]?.[0];
    if (newest === undefined) return { list, batches, opened: new Map() };
    const pagefind = (await importPagefind(`${root}pagefind.js`)) as Pagefind;
    await pagefind.options({ basePath: `${root}${newest}/`, excerptLength: 24, mergeFilter: { shard: newest } });
    await pagefind.init();
    return { list, batches, pagefind, opened: new Map() };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Merges a group's shards into Pagefind (once); the newest shard is already its primary index. */
function openBatch(index: SearchIndex, group: number, pagefind: Pagefind): Promise<void> {
  const root = searchRoot();
  const newest = index.batches[0]![0];
  let opened = index.opened.get(group);
  if (!opened) {
    opened = Promise.all(index.batches[group]!.filter((id) => id !== newest).map((id) => pagefind.mergeIndex(`${root}${id}/`, { mergeFilter: { shard: id } }))).then(() => undefined);
    index.opened.set(group, opened);
    opened.catch(() => index.opened.delete(group));
  }
  return opened;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Pagefind's excerpt is escaped text with <mark> around matches: turn it into typed parts, never HTML. */
export function parseExcerpt(excerpt: string): SearchHit['excerpt'] {
  const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!).replace(/<[^>]*>/g, '');
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), match: true } : { text: decode(part), match: false }));
}

/** "/news/article/x.html" → "/article/x" */
export function hitPath(url: string, base = import.meta.env.BASE_URL): string {
  const path = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
  return path.replace(/\.html$/, '').replace(/\/index$/, '/');
}

/** Results shown at first, and added by each "Show more results". */
export const RESULTS_PAGE = 10;

// Pagefind answers one search at a time; searches wait here in turn.
let queue: Promise<unknown> = Promise.resolve();

// A group's hits for a query and section, kept once found so "Show more results" does not search the
// same group again. Only finished searches are kept: an aborted one must not answer the next caller.
const groupHits = new Map<string, PagefindResult[]>();
const REMEMBERED = 200;

async function searchGroup(index: SearchIndex, pagefind: Pagefind, group: number, query: string, section: string | undefined, signal?: AbortSignal): Promise<PagefindResult[]> {
  const key = JSON.stringify([group, query, section ?? '']);
  const known = groupHits.get(key);
  if (known) return known;
  const ids = index.batches[group]!;
  const filters: Filters = { shard: ids.length === 1 ? ids[0]! : { any: ids }, ...(section ? { section } : {}) };
  const turn = queue.then(async () => {
    signal?.throwIfAborted();
    await openBatch(index, group, pagefind);
    signal?.throwIfAborted();
    return (await pagefind.search(query, { filters }))?.results ?? [];
  });
  queue = turn.catch(() => undefined);
  const results = await turn;
  if (groupHits.size >= REMEMBERED) groupHits.clear();
  groupHits.set(key, results);
  return results;
}

/**
 * Searches as the reader types. Each keystroke starts a search and makes the previous one obsolete
 * (React Query aborts its signal). Searches run one after another, and an obsolete one is dropped before
 * it reaches Pagefind, or at least before it fetches its results' fragments (the part that costs bytes):
 * typing "orchard" fast searches a prefix or two and "orchard", not all seven. The newest shards are
 * searched first; older ones only until `limit` hits are found.
 */
export async function search(query: string, section?: string, limit = RESULTS_PAGE, signal?: AbortSignal): Promise<SearchResults> {
  const index = await loadSearchIndex();
  const pagefind = index.pagefind;
  if (!pagefind) return { hits: [], total: 0, complete: true };
  const found = await collectNewestFirst(index.batches.length, limit, (group) => searchGroup(index, pagefind, group, query, section, signal));
  signal?.throwIfAborted();
  const data = await Promise.all(found.hits.slice(0, limit).map((r) => r.data()));
  return {
    total: found.hits.length,
    complete: found.complete,
    hits: data.map((d) => ({ path: hitPath(d.url), title: d.meta.title ?? d.url, excerpt: parseExcerpt(d.excerpt), section: d.filters.section?.[0] })),
  };
}

export const searchQuery = (query: string, section: string, limit = RESULTS_PAGE) =>
  queryOptions({
    queryKey: ['search', query, section, limit],
    queryFn: ({ signal }) => search(query, section || undefined, limit, signal),
    enabled: query.trim() !== '',
    staleTime: Infinity,
    retry: false,
  });

export const sectionsQuery = () => queryOptions({ queryKey: ['search-sections'], queryFn: sections, staleTime: Infinity, retry: false });

/** The section filter's names, from the shard list; opening the page also readies the newest shards for the first keystroke. */
export async function sections(): Promise<string[]> {
  const index = await loadSearchIndex();
  if (index.pagefind) void openBatch(index, 0, index.pagefind).catch(() => undefined);
  return index.list.sections;
}

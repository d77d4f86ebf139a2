import { queryOptions } from '@tanstack/react-query';

/*
 * The browser side of the Pagefind index written by the build (dist/pagefind/). Loaded on demand from
 * the site itself — it is not part of the app bundle.
 */

export interface SearchHit {
  /** Route path inside the app, e.g. "/article/some-slug". */
  path: string;
  title: string;
  /** The excerpt split into plain text and matched words, to render without any HTML. */
  excerpt: { text: string; match: boolean }[];
  section?: string;
}

interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
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

/**
 * Searches as the reader types. Each keystroke starts a search and makes the previous one obsolete
 * (React Query aborts its signal). Searches run one after another, and an obsolete one is dropped before
 * it reaches Pagefind, or at least before it fetches its results' fragments (the part that costs bytes):
 * typing "orchard" fast searches a prefix or two and "orchard", not all seven.
 */
export async function search(query: string, section?: string, limit = RESULTS_PAGE, signal?: AbortSignal): Promise<{ hits: SearchHit[]; total: number }> {
  const pagefind = await loadPagefind();
  const turn = queue.then(() => {
    signal?.throwIfAborted();
    return pagefind.search(query, section ? { filters: { section } } : {});
  });
  queue = turn.catch(() => undefined);
  const found = await turn;
  signal?.throwIfAborted();
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return {
    total: found.results.length,
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

export async function sections(): Promise<string[]> {
  const filters = await (await loadPagefind()).filters();
  return Object.keys(filters.section ?? {}).sort();
}

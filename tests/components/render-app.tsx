import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, vi } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { appRoutes } from '../../src/app/routes';
import { routerReady } from '../../src/app/router-ready';

/*
 * Renders the whole app (layout, routes, query client) at a URL, against a fake of the static JSON API.
 */

const API_PREFIX = '/api/v1/';

interface Reply {
  status: number;
  body: unknown;
  /** When set, the response waits for this promise (or for the request to be aborted). */
  gate?: Promise<void>;
  /** The network is down for this path: fetch rejects, as a browser's does. */
  unreachable?: boolean;
}

export interface FakeApi {
  /** Every requested path, relative to `api/v1/` (e.g. "articles/x.json"), in order. */
  readonly requests: string[];
  /** Every requested URL as the app built it. */
  readonly urls: string[];
  /** Answers `path` with `body` (HTTP 200 unless `status` says otherwise). */
  reply(path: string, body: unknown, status?: number): FakeApi;
  /** Answers `path` with an error status and a small JSON body. */
  fail(path: string, status: number): FakeApi;
  /** Makes `path` unreachable (fetch rejects with a TypeError) until it is given a reply again. */
  unreachable(path: string): FakeApi;
  /** Holds every request for `path` until the returned function is called; the reply itself is set with `reply`. */
  hold(path: string): () => void;
  /** How many times `path` was requested. */
  count(path: string): number;
  fetch: typeof fetch;
}

/** A fake static API: a map of path → reply. Unknown paths answer 404, as the static host would. */
export function fakeApi(documents: Record<string, unknown> = {}): FakeApi {
  const replies = new Map<string, Reply>();
  const requests: string[] = [];
  const urls: string[] = [];

  const api: FakeApi = {
    requests,
    urls,
    reply(path, body, status = 200) {
      const gate = replies.get(path)?.gate;
      replies.set(path, { status, body, gate });
      return api;
    },
    fail(path, status) {
      return api.reply(path, { error: `HTTP ${status}` }, status);
    },
    unreachable(path) {
      replies.set(path, { status: 0, body: null, unreachable: true });
      return api;
    },
    hold(path) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const current = replies.get(path) ?? { status: 404, body: { error: 'not found' } };
      replies.set(path, { ...current, gate });
      return () => {
        const reply = replies.get(path);
        if (reply) replies.set(path, { status: reply.status, body: reply.body });
        release();
      };
    },
    count(path) {
      return requests.filter((p) => p === path).length;
    },
    fetch: vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      urls.push(url);
      const path = url.startsWith(API_PREFIX) ? url.slice(API_PREFIX.length) : url;
      requests.push(path);
      const reply = replies.get(path) ?? { status: 404, body: { error: 'not found' } };
      if (reply.gate) {
        const signal = init?.signal;
        await new Promise<void>((resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
          void reply.gate!.then(resolve);
        });
      }
      // The reply may have changed while the request was held.
      const final = replies.get(path) ?? reply;
      if (final.unreachable) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(final.body), { status: final.status, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch,
  };
  for (const [path, body] of Object.entries(documents)) api.reply(path, body);
  return api;
}

/**
 * The app's own query client (same retry policy, same stale times) with retry delays cut to a
 * millisecond, so a failing request settles into its error state without waiting seconds.
 */
export function testQueryClient(): QueryClient {
  const client = createQueryClient();
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryDelay: 1 } });
  return client;
}

const clients: QueryClient[] = [];
const routers: { dispose(): void }[] = [];

afterEach(() => {
  for (const client of clients.splice(0)) client.clear();
  for (const router of routers.splice(0)) router.dispose();
  vi.unstubAllGlobals();
  document.title = '';
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  for (const element of document.head.querySelectorAll('[data-head]')) element.remove();
});

export interface RenderAppOptions {
  api?: FakeApi;
  client?: QueryClient;
}

/**
 * Renders the app at `url` as main.tsx does, with a memory router and the fake API as `fetch`: the
 * routes' loaders run first (they parse the URL and start the page's queries), then the first render.
 */
export async function renderApp(url: string, { api = fakeApi(), client = testQueryClient() }: RenderAppOptions = {}) {
  vi.stubGlobal('fetch', api.fetch);
  // ScrollRestoration scrolls on navigation; jsdom has no layout to scroll.
  vi.stubGlobal('scrollTo', vi.fn());
  const router = createMemoryRouter(appRoutes(client), { initialEntries: [url] });
  await routerReady(router);
  clients.push(client);
  routers.push(router);
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
  return { ...view, api, client, router, user };
}

/** The landmark region named `name` (a <section aria-labelledby> whose heading says `name`). */
export function region(name: string | RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

/** The story headlines listed in `container`, in order: headings whose link leads to an article. */
export function headlinesIn(container: HTMLElement): string[] {
  return within(container)
    .queryAllByRole('heading')
    .flatMap((heading) => within(heading).queryAllByRole('link'))
    .filter((link) => link.getAttribute('href')?.startsWith('/article/'))
    .map((link) => link.textContent ?? '');
}

/** The live status (skeleton) that announces `label`, e.g. "Loading the article…". */
export function statusWith(label: string): HTMLElement | undefined {
  return screen.queryAllByRole('status').find((status) => status.textContent?.includes(label));
}

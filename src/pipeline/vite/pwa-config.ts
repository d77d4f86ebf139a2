import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import path from 'node:path';
import type { VitePWAOptions } from 'vite-plugin-pwa';
import type { SiteIdentity } from './site-identity';

/*
 * The installable app and its service worker (vite-plugin-pwa, Workbox generateSW). Lives beside the
 * browser code it serves; vite.config.ts only plugs it in.
 */

export const THEME_COLOR = '#fbfaf7';
const DAY = 86_400;

// Workbox copies the functions below into sw.js as source text: they may use only their arguments and
// the service worker's globals, never a constant from this file. ('dateline-saved' is SAVED_CACHE.)

/**
 * The pages cache keeps one copy per page: only the query parameters the app reads count (the list is
 * APP_SEARCH_PARAMS of src/ui/paths.ts, written out because this runs inside sw.js), so links with
 * tracking parameters neither fill the cache with copies nor push real pages out of it.
 */
export async function pageCacheKey({ request }: { request: Request }): Promise<string> {
  const url = new URL(request.url);
  const kept = new URLSearchParams();
  for (const name of ['page', 'q', 'section']) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  url.search = kept.toString();
  url.hash = '';
  return url.href;
}

/** The installable app of a site: its own name, description, language and direction (site.json). */
export function pwaOptions(base: string, site: SiteIdentity): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    pwaAssets: {
      // Made from the site's logo (or Dateline's mark), wherever it is: the generated icons go to the build.
      image: site.icon,
      integration: { publicDir: path.dirname(site.icon) },
      overrideManifestIcons: true,
      injectThemeColor: false,
      // Icons at 64/192/512 for "any", 192/512 for "maskable", and the Apple touch icon.
      preset: { ...minimal2023Preset, maskable: { ...minimal2023Preset.maskable, sizes: [192, 512] } },
    },
    manifest: {
      id: base,
      name: site.name,
      short_name: site.shortName,
      description: site.description,
      lang: site.lang,
      dir: site.dir,
      start_url: base,
      scope: base,
      display: 'standalone',
      orientation: 'any',
      theme_color: site.colors.theme ?? THEME_COLOR,
      background_color: THEME_COLOR,
      categories: ['news'],
      // The site's own, from its content folder (published by site-assets-plugin); none rather than another site's.
      screenshots: site.screenshots.map((shot) => ({
        src: `screenshots/${shot.formFactor}.png`,
        sizes: `${shot.width}x${shot.height}`,
        type: 'image/png',
        form_factor: shot.formFactor,
        label: shot.formFactor === 'wide' ? 'An article with the latest news beside it' : 'An article on a phone',
      })),
    },
    workbox: {
      // The shell only: scripts, styles, icons and the SPA shell document. Pages and data are cached as read.
      globPatterns: ['assets/**/*.{js,css}', 'spa.html', '*.{svg,png,ico}'],
      globIgnores: ['**/*.map'],
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      // A first install takes control at once (the page works offline from the first visit); an update
      // waits in the wings until the reader accepts the prompt, then claims the page and reloads it.
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [
        {
          // Pages: the prerendered HTML from the network when there is one; offline, the last copy read,
          // and for a page never read, the app shell (which renders from the saved and cached data).
          // Data and documents of their own (API, feeds, media, search index, sitemap…) never get the shell.
          urlPattern: ({ request, url }) =>
            request.mode === 'navigate' && !/\/(?:api|feeds|media|pagefind)\/|\.(?:json|xml|txt|js|css|svg|png|ico|webmanifest)$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'dateline-pages',
            networkTimeoutSeconds: 3,
            expiration: { maxEntries: 60, maxAgeSeconds: 14 * DAY },
            cacheableResponse: { statuses: [200] },
            plugins: [
              {
                cacheKeyWillBeUsed: pageCacheKey,
                handlerDidError: async () =>
                  (await caches.match(new URL('spa.html', (self as unknown as { registration: ServiceWorkerRegistration }).registration.scope).href, { ignoreSearch: true })) ?? Response.error(),
              },
            ],
          },
        },
        // Data. A story may come from its last copy when the network is slow (after 3 s) or gone; a list
        // (latest, a section, home, the rails) only when the network is gone: online, never a stale list.
        // (Workbox writes these functions into sw.js as source: each must stand alone.)
        {
          urlPattern: ({ url }) => url.pathname.includes('/api/v1/articles/'),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'dateline-api',
            networkTimeoutSeconds: 3,
            expiration: { maxEntries: 300, maxAgeSeconds: 14 * DAY },
            cacheableResponse: { statuses: [200] },
            plugins: [{ handlerDidError: async ({ request }) => (await (await caches.open('dateline-saved')).match(request.url)) ?? Response.error() }],
          },
        },
        {
          urlPattern: ({ url }) => url.pathname.includes('/api/v1/'),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'dateline-api',
            expiration: { maxEntries: 300, maxAgeSeconds: 14 * DAY },
            cacheableResponse: { statuses: [200] },
            plugins: [{ handlerDidError: async ({ request }) => (await (await caches.open('dateline-saved')).match(request.url)) ?? Response.error() }],
          },
        },
        {
          // Search index fragments: the ones used before work offline too.
          urlPattern: ({ url }) => url.pathname.includes('/pagefind/'),
          handler: 'StaleWhileRevalidate',
          options: {
            cacheName: 'dateline-search',
            expiration: { maxEntries: 300, maxAgeSeconds: 14 * DAY },
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          // Our own images only. An image on another host is left to the page, which the page's policy
          // allows (img-src https:); the worker itself may connect only to its own origin (connect-src
          // 'self'), so fetching it here would fail for every returning reader.
          urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
          handler: 'StaleWhileRevalidate',
          options: {
            cacheName: 'dateline-images',
            expiration: { maxEntries: 200, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [200] },
            plugins: [{ handlerDidError: async ({ request }) => (await (await caches.open('dateline-saved')).match(request.url)) ?? Response.error() }],
          },
        },
      ],
    },
  };
}

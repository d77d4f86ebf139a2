import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_FRAME_HOSTS } from '../../model/frame-hosts';

/**
 * Response headers every server of a Dateline build sends — one list for deploy/nginx.conf and
 * deploy/_headers, so the two can't drift apart.
 */

/** The one inline script of a page: applies reading settings before the first paint. */
export const SETTINGS_BOOT_SCRIPT = readFileSync(fileURLToPath(new URL('../../app/settings-boot.js', import.meta.url)), 'utf8');
const SETTINGS_BOOT_HASH = `'sha256-${createHash('sha256').update(SETTINGS_BOOT_SCRIPT).digest('base64')}'`;

/**
 * The policy, with frames allowed from `frameHosts` only (none: no frames at all). The servers send it
 * with every provider's hosts (ALL_FRAME_HOSTS); each page also carries it as a meta tag with only the
 * hosts its site's stories use, and a browser enforces both, so a page can frame exactly those.
 */
export function contentSecurityPolicy(frameHosts: readonly string[]): string {
  return [
    "default-src 'self'",
    // Search runs Pagefind's WebAssembly; 'wasm-unsafe-eval' allows compiling it and nothing else. The
    // settings script is allowed by its hash: no other inline script can run.
    `script-src 'self' 'wasm-unsafe-eval' ${SETTINGS_BOOT_HASH}`,
    // Prerendered pages carry their (small) stylesheet inline so text paints on the first round trip.
    // Scripts stay strict: no inline script can run.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    // A newsroom's own video and sound files (and their captions) may live on its media host; they load
    // only when the reader presses play (preload="none").
    "media-src 'self' https:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameHosts.length > 0 ? `frame-src ${[...frameHosts].sort().map((host) => `https://${host}`).join(' ')}` : "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(ALL_FRAME_HOSTS);

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Our pages, data and pictures are for our pages: another site cannot embed them in its own.
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Sent by the configs of hosts that serve the site over TLS (nginx, Netlify-style `_headers`); browsers
 * ignore it over plain HTTP, so the local `npm start` server does not send it. No includeSubDomains:
 * that is the newsroom's decision for its other hosts, not ours.
 */
export const TLS_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=31536000',
};

export const CACHE = {
  /** Content-hashed files: a new build gives new names, so they never change. */
  immutable: 'public, max-age=31536000, immutable',
  /** HTML, the service worker and the manifest: always revalidate, so a deploy is seen at once. */
  revalidate: 'no-cache',
  /** The JSON API: a minute fresh, then revalidated (served stale meanwhile for up to 5 minutes). */
  api: 'public, max-age=60, stale-while-revalidate=300',
  /** Images: a day. */
  media: 'public, max-age=86400',
};

/** Routes the browser renders without a prerendered file (the rest are files or 404). */
export { SHELL_ROUTES } from './site-files';

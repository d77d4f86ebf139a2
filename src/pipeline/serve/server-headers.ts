import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_FRAME_HOSTS } from '../../model/frame-hosts';

/**
 * Response headers every server of a Dateline build sends — one list for deploy/nginx.conf and
 * deploy/_headers, so the two can't drift apart.
 */

/**
 * The text of an inline script of the page, read from src/app: its whole-line comments and indentation
 * dropped (the line breaks stay, so the code means the same). The page carries exactly this text and the
 * policy allows exactly it, by its hash.
 */
function inlineScript(file: string): string {
  const text = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../app', file), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

/** Inline script: applies reading settings before the first paint. */
export const SETTINGS_BOOT_SCRIPT = inlineScript('settings-boot.js');
/** Inline script: holds a button pressed before the app has started, and presses it again once it has. */
export const EARLY_CONTROLS_SCRIPT = inlineScript('early-controls.js');
const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * The policy, with frames allowed from `frameHosts` only (none: no frames at all). The servers send it
 * with every provider's hosts (ALL_FRAME_HOSTS); each page also carries it as a meta tag with only the
 * hosts its site's stories use, and a browser enforces both, so a page can frame exactly those.
 */
export function contentSecurityPolicy(frameHosts: readonly string[]): string {
  return [
    "default-src 'self'",
    // Search runs Pagefind's WebAssembly; 'wasm-unsafe-eval' allows compiling it and nothing else. The
    // page's two inline scripts (reading settings, early controls) are allowed by their hashes: no other
    // inline script can run.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHash(SETTINGS_BOOT_SCRIPT)} ${scriptHash(EARLY_CONTROLS_SCRIPT)}`,
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

/**
 * Compression on the fly, as nginx does it (gzip, level 6, from 512 bytes): HTML always, and these
 * types. The preview server compresses the same way, so what it serves weighs what a deploy serves.
 */
export const GZIP = {
  level: 6,
  minLength: 512,
  // JavaScript and XML under both their names: nginx's mime.types and the preview server's differ.
  types: ['text/css', 'application/javascript', 'text/javascript', 'application/json', 'application/manifest+json', 'image/svg+xml', 'application/xml', 'text/xml', 'application/rss+xml', 'application/atom+xml', 'application/feed+json'],
} as const;

/** Routes the browser renders without a prerendered file (the rest are files or 404). */
export { SHELL_ROUTES } from './site-files';

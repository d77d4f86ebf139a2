// No zod here: the browser bundle imports this file.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * URLs a reader can follow: http(s), mailto, or a reference relative to the site. Any other scheme
 * (javascript:, data:, vbscript:, …) is refused. Control characters and whitespace inside the URL are
 * refused outright because browsers strip them before reading the scheme ("java\tscript:"), and so are
 * backslashes, which browsers read as "/" ("/\evil.example/x" is "//evil.example/x", another host).
 */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.includes('\\')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(trimmed)) return false;
  const scheme = SCHEME.exec(trimmed)?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

/**
 * A path inside the site (or the content folder), as opposed to a URL with a scheme or another host.
 * A backslash anywhere is refused: browsers read it as "/", so "/\host" and "\\host" are other hosts.
 */
export function isSiteRelative(src: string): boolean {
  return !src.includes('\\') && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src);
}

/** A route path of the app: one leading "/" ("/category/region"), never "//host" or a backslash. */
export function isSitePath(path: string): boolean {
  return path.startsWith('/') && isSiteRelative(path);
}

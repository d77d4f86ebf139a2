/**
 * The path a request asks for, decoded once, or why it is refused (400). Shared by `npm start` and the
 * dev server. Refused: a target that is not a path, malformed percent-encoding, control characters,
 * backslashes (which some clients read as slashes), and `.`/`..` segments (browsers resolve those before
 * sending, so only a crafted request has them). Runs of slashes count as one, as in nginx.
 */
export type RequestPath = { path: string } | { refused: string };

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

export function requestPath(target: string): RequestPath {
  const raw = target.split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/')) return { refused: 'the request target is not a path' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { refused: 'malformed percent-encoding' };
  }
  if (CONTROL_OR_BACKSLASH.test(decoded)) return { refused: 'control characters or a backslash in the path' };
  const path = decoded.replace(/\/{2,}/g, '/');
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return { refused: 'a "." or ".." segment in the path' };
  return { path };
}

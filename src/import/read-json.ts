import { parseHtml } from './html/parse-html';
import { collapsePlainText, nodesToText } from './html/plain-text';
import type { HtmlElement, HtmlNode } from './html/html-node';

export type JsonRead = { ok: true; value: unknown } | { ok: false; message: string };

function titleOf(element: HtmlElement): string | undefined {
  // <title> is dropped by the allow-list (it never reaches an article), so its raw text is read here.
  if (element.name === 'title') return collapsePlainText(element.children.map((c) => (c.kind === 'text' ? c.text : '')).join(''));
  if (element.name === 'h1') return nodesToText(element.children);
  return findTitle(element.children);
}

function findTitle(nodes: readonly HtmlNode[]): string | undefined {
  for (const node of nodes) {
    const title = node.kind === 'element' ? titleOf(node) : undefined;
    if (title) return title;
  }
  return undefined;
}

/** The <title> (or first <h1>) of an HTML page, read with the HTML parser. */
export function htmlPageTitle(html: string): string | undefined {
  return findTitle(parseHtml(html.slice(0, 20_000)));
}

/**
 * Parses a JSON document, explaining what it is when it is not JSON: empty, an HTML page (a login
 * screen, a 404, a proxy error), or cut off part-way (a truncated download).
 */
export function readJsonText(text: string, expected: string): JsonRead {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') return { ok: false, message: `is empty; expected ${expected}` };
  if (start.startsWith('<')) {
    const title = htmlPageTitle(start);
    return { ok: false, message: `is an HTML page${title ? ` ("${title}")` : ''}, not JSON; expected ${expected}` };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = (error as Error).message;
    const truncated = /end of (JSON )?input|Unterminated|Expected .* after|Bad control character/i.test(reason) && !isBalanced(body);
    return {
      ok: false,
      message: truncated
        ? `is truncated: the JSON stops before it is complete (${reason}); expected ${expected}`
        : `is not valid JSON (${reason}); expected ${expected}`,
    };
  }
}

/** Whether every bracket opened outside strings is closed: a cheap tell for a cut-off file. */
function isBalanced(json: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const ch = json[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') depth -= 1;
  }
  return depth <= 0 && !inString;
}

export interface WordPressErrorBody {
  code: string;
  message: string;
  status?: number;
}

/** A WordPress REST error body: {code, message, data: {status}}. */
export function asWordPressError(value: unknown): WordPressErrorBody | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { code, message, data } = value as { code?: unknown; message?: unknown; data?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  const status = (data as { status?: unknown } | null | undefined)?.status;
  return { code, message, status: typeof status === 'number' ? status : undefined };
}

export function describeWordPressError(error: WordPressErrorBody): string {
  const status = error.status === undefined ? '' : `, HTTP status ${error.status}`;
  return `a WordPress error response (code "${error.code}": ${error.message}${status})`;
}

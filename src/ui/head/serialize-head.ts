import { headTags, type PageHead, type SiteInfo } from './page-head';

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/**
 * JSON that is safe inside a <script> element: "<" can never open "</script>" or "<!--", and the
 * line separators that old parsers choke on are escaped too.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The head of a prerendered page as HTML: <title> first, then meta, link and JSON-LD tags. */
export function serializeHead(head: PageHead, site: SiteInfo): string {
  const title = head.title === site.name ? site.name : `${head.title} — ${site.name}`;
  const tags = headTags(head, site).map(({ tag, attrs, json }) => {
    const attributes = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
      .join('');
    if (tag === 'script') return `<script${attributes} data-head>${scriptJson(json)}</script>`;
    return `<${tag}${attributes} data-head>`;
  });
  return [`<title>${escapeHtml(title)}</title>`, ...tags].join('\n    ');
}

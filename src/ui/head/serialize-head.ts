import type { Image } from '../../model/block';
import { isSafeUrl, isSiteRelative } from '../../model/url';
import { BODY_SIZES } from '../image-sizes';
import { headTags, type HeadTag, type PageHead, type SiteInfo } from './page-head';

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

/**
 * The preload of an article's hero, so the browser fetches the largest paint before it lays out the
 * page: the first <source> the hero's <picture> offers (AVIF, with its `type` so a browser without it
 * skips the preload and fetches what it will really use), else its srcset, else its src. The same
 * candidates and sizes as the rendered picture, so the browser picks the same file twice. Only in the
 * prerendered head: in the app, the picture is already on the page.
 */
export function heroPreload(image: NonNullable<PageHead['image']>, site: SiteInfo): HeadTag | undefined {
  if (!isSafeUrl(image.src)) return undefined;
  const url = (src: string) => (isSiteRelative(src) ? `${site.base}${src.replace(/^\.?\//, '')}` : src);
  const srcset = (candidates: Image['srcset']) => candidates?.filter((c) => isSafeUrl(c.src)).map((c) => `${url(c.src)} ${c.width}w`).join(', ');
  const first = image.sources?.[0];
  const offered = first ? srcset(first.srcset) : srcset(image.srcset);
  const attrs: Record<string, string> = { rel: 'preload', as: 'image', ...(first && offered ? { type: first.type } : {}) };
  if (offered) Object.assign(attrs, { imagesrcset: offered, imagesizes: BODY_SIZES });
  else attrs.href = url(image.src);
  return { tag: 'link', attrs: { ...attrs, fetchpriority: 'high' } };
}

/** The head of a prerendered page as HTML: <title> first, then meta, link and JSON-LD tags. */
export function serializeHead(head: PageHead, site: SiteInfo): string {
  const title = head.title === site.name ? site.name : `${head.title} — ${site.name}`;
  const preload = head.type === 'article' && head.image ? heroPreload(head.image, site) : undefined;
  const tags = [...(preload ? [preload] : []), ...headTags(head, site)].map(({ tag, attrs, json }) => {
    const attributes = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
      .join('');
    if (tag === 'script') return `<script${attributes} data-head>${scriptJson(json)}</script>`;
    return `<${tag}${attributes} data-head>`;
  });
  return [`<title>${escapeHtml(title)}</title>`, ...tags].join('\n    ');
}

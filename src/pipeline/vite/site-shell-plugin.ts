import { escapeAttribute, escapeText } from 'entities';
import type { Plugin } from 'vite';
import type { SiteIdentity } from './site-identity';

/**
 * The app shell (index.html, and so spa.html and every prerendered page's template) in the site's own
 * name, description, language and direction, so a page the browser renders (search, saved) wears the
 * newsroom's identity from its first paint, not the demo's.
 */
export function siteShell(site: SiteIdentity): Plugin {
  return {
    name: 'dateline-site-shell',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace(/<html lang="[^"]*">/, `<html lang="${escapeAttribute(site.lang)}" dir="${site.dir}">`)
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(site.name)}</title>`)
          .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeAttribute(site.description)}" />`),
    },
  };
}

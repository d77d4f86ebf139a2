import { escapeAttribute, escapeText } from 'entities';
import type { Plugin } from 'vite';
import type { SiteIdentity } from './site-identity';

/**
 * The newsroom's accents over Dateline's (`--accent-light`, `--accent-dark` of the stylesheet; the
 * colours are checked "#rrggbb" values, see model/content), in a rule of higher specificity than the
 * stylesheet's, so where it lands in the head does not matter.
 */
export function colourStyle(colors: SiteIdentity['colors']): string {
  const properties = [colors.accent && `--accent-light:${colors.accent}`, colors.accentDark && `--accent-dark:${colors.accentDark}`].filter(Boolean);
  return properties.length > 0 ? `<style>:root:root{${properties.join(';')}}</style>` : '';
}

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
          .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeAttribute(site.description)}" />`)
          .replace(/<meta name="theme-color" content="[^"]*" media="\(prefers-color-scheme: light\)" \/>/, (tag) => (site.colors.theme ? `<meta name="theme-color" content="${site.colors.theme}" media="(prefers-color-scheme: light)" />` : tag))
          .replace('</head>', `${colourStyle(site.colors)}</head>`),
    },
  };
}

import type { ArticleSource } from '../../model/content';
import { mapBlockInlines } from '../../model/block-walk';
import type { Inline } from '../../model/inline';

/** Article routes that no longer hold what they did → where links to them should go now. */
export type Moved = ReadonlyMap<string, string>;

function moved(href: string, routes: Moved): string {
  const hash = href.indexOf('#');
  const route = hash < 0 ? href : href.slice(0, hash);
  const to = routes.get(route);
  return to === undefined ? href : `${to}${hash < 0 ? '' : href.slice(hash)}`;
}

function relinkInlines(content: Inline[], routes: Moved): Inline[] {
  let changed = false;
  const out = content.map((inline): Inline => {
    if (!('children' in inline)) return inline;
    const children = relinkInlines(inline.children, routes);
    const href = inline.type === 'link' ? moved(inline.href, routes) : undefined;
    if (children === inline.children && (href === undefined || href === (inline as { href: string }).href)) return inline;
    changed = true;
    return inline.type === 'link' ? { ...inline, href: href!, children } : { ...inline, children };
  });
  return changed ? out : content;
}

/**
 * A kept article with its links to articles a sync removed or renamed pointed at where they are now:
 * the renamed article, or the deleted post's address on the site (as a full import leaves a link to a
 * post it does not have). The same object when no link moved, so its file is left as it was.
 */
export function relinkKept(article: ArticleSource, routes: Moved): ArticleSource {
  if (routes.size === 0) return article;
  let changed = false;
  const body = article.body.map((block) => {
    const inlines = mapBlockInlines(block, (content) => relinkInlines(content, routes));
    const link = inlines.type === 'image' ? inlines.link : undefined;
    const next = link !== undefined && moved(link, routes) !== link ? { ...inlines, link: moved(link, routes) } : inlines;
    if (next !== block) changed = true;
    return next;
  });
  return changed ? { ...article, body } : article;
}

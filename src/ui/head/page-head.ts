import { absoluteUrl, feedPaths, type SiteLocation } from '../../model/site-url';
import type { Image } from '../../model/block';
import type { Crumb } from '../../model/taxonomy';

/** Everything the <head> of one page says about it: for the prerendered HTML and for SPA navigation. */
export interface PageHead {
  title: string;
  description: string;
  /** Route path inside the app, e.g. "/article/some-slug"; made absolute with the site origin and base. */
  path: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  type: 'website' | 'article';
  /** The page's lead picture: its Open Graph image, and on an article the hero the prerendered head preloads. */
  image?: Pick<Image, 'src' | 'alt' | 'width' | 'height' | 'srcset' | 'sources'>;
  article?: {
    publishedTime: string;
    modifiedTime?: string;
    section: string;
    tags: string[];
    author: { name: string; path: string };
  };
  breadcrumb?: Crumb[];
  /** false for pages that must not be indexed, such as the 404 page. */
  index?: boolean;
  /** A section's own feeds, offered beside the site-wide ones. */
  feed?: { categoryPath: string; title: string };
}

export interface SiteInfo extends SiteLocation {
  name: string;
  /** The newsroom's profiles elsewhere (https), for the structured data's sameAs. */
  sameAs?: readonly string[];
}

export interface HeadTag {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text content (JSON-LD); escaped when serialised. */
  json?: unknown;
}

/** The tags of a page's head, in order, independent of how they are written out (string or DOM). */
export function headTags(head: PageHead, site: SiteInfo): HeadTag[] {
  const url = absoluteUrl(site, head.path);
  const meta = (key: 'name' | 'property', name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { [key]: name, content } });
  const tags: HeadTag[] = [
    meta('name', 'description', head.description),
    { tag: 'link', attrs: { rel: 'canonical', href: url } },
    meta('property', 'og:site_name', site.name),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', head.lang.replace('-', '_')),
  ];
  if (head.index === false) tags.push(meta('name', 'robots', 'noindex'));
  const feeds = [{ paths: feedPaths(), title: site.name }, ...(head.feed ? [{ paths: feedPaths(head.feed.categoryPath), title: `${head.feed.title} — ${site.name}` }] : [])];
  for (const { paths, title } of feeds) {
    tags.push(
      { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: `${title} (RSS)`, href: absoluteUrl(site, paths.rss) } },
      { tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: `${title} (Atom)`, href: absoluteUrl(site, paths.atom) } },
      { tag: 'link', attrs: { rel: 'alternate', type: 'application/feed+json', title: `${title} (JSON Feed)`, href: absoluteUrl(site, paths.json) } },
    );
  }
  if (head.image) {
    const image = absoluteUrl(site, head.image.src);
    tags.push(
      meta('property', 'og:image', image),
      meta('property', 'og:image:width', String(head.image.width)),
      meta('property', 'og:image:height', String(head.image.height)),
      meta('property', 'og:image:alt', head.image.alt),
    );
  }
  tags.push(meta('name', 'twitter:card', head.image ? 'summary_large_image' : 'summary'));
  tags.push(meta('name', 'twitter:title', head.title), meta('name', 'twitter:description', head.description));
  if (head.image) tags.push(meta('name', 'twitter:image', absoluteUrl(site, head.image.src)), meta('name', 'twitter:image:alt', head.image.alt));
  if (head.article) {
    const a = head.article;
    tags.push(meta('property', 'article:published_time', a.publishedTime));
    if (a.modifiedTime) tags.push(meta('property', 'article:modified_time', a.modifiedTime));
    tags.push(meta('property', 'article:section', a.section));
    for (const tag of a.tags) tags.push(meta('property', 'article:tag', tag));
    tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, json: newsArticleLd(head, site, url) });
  }
  if (head.breadcrumb && head.breadcrumb.length > 0) {
    tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, json: breadcrumbLd(head.breadcrumb, site) });
  }
  return tags;
}

function newsArticleLd(head: PageHead, site: SiteInfo, url: string) {
  const a = head.article!;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: head.title,
    description: head.description,
    inLanguage: head.lang,
    mainEntityOfPage: url,
    url,
    ...(head.image ? { image: [absoluteUrl(site, head.image.src)] } : {}),
    datePublished: a.publishedTime,
    dateModified: a.modifiedTime ?? a.publishedTime,
    articleSection: a.section,
    ...(a.tags.length ? { keywords: a.tags.join(', ') } : {}),
    author: [{ '@type': 'Person', name: a.author.name, url: absoluteUrl(site, a.author.path) }],
    publisher: {
      '@type': 'Organization',
      name: site.name,
      url: absoluteUrl(site, '/'),
      // Generated at build from the site's logo (site.json), as every app icon is.
      logo: { '@type': 'ImageObject', url: absoluteUrl(site, 'pwa-512x512.png'), width: 512, height: 512 },
      ...(site.sameAs?.length ? { sameAs: site.sameAs } : {}),
    },
  };
}

function breadcrumbLd(trail: readonly Crumb[], site: SiteInfo) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(site, crumb.path) })),
  };
}

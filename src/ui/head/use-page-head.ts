import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect } from 'react';
import { navQuery } from '../../api/queries';
import { isSafeUrl } from '../../model/url';
import { absoluteUrl } from '../../model/site-url';
import type { PageHead, SiteInfo } from './page-head';
import { afterNextPaint } from '../after-paint';

/** Given during a server render, so the prerender learns the head of the page it rendered. */
export const HeadCollectorContext = createContext<((head: PageHead) => void) | undefined>(undefined);

export const SITE_NAME = 'Dateline';

export function useSiteInfo(): SiteInfo {
  const { data } = useQuery(navQuery());
  return {
    name: data?.site.name ?? SITE_NAME,
    origin: data?.site.origin ?? (typeof window === 'undefined' ? '' : window.location.origin),
    base: import.meta.env.BASE_URL,
    sameAs: data?.site.social?.map((profile) => profile.url).filter((url) => /^https:\/\//i.test(url) && isSafeUrl(url)),
  };
}

/** The prerendered page already has this head's tags (its canonical link says so). */
function tagsInPlace(head: PageHead, site: SiteInfo): boolean {
  const canonical = document.head.querySelector<HTMLLinkElement>('link[rel="canonical"][data-head]');
  return canonical?.getAttribute('href') === absoluteUrl(site, head.path);
}

/**
 * Rewrites the head for the page now shown. The tags' builder is loaded on the first SPA navigation,
 * not with the app: the page a reader lands on was prerendered with its tags already written.
 */
async function applyHead(head: PageHead, site: SiteInfo): Promise<void> {
  document.title = head.title === site.name ? site.name : `${head.title} — ${site.name}`;
  document.documentElement.lang = head.lang;
  document.documentElement.dir = head.dir;
  if (tagsInPlace(head, site)) return;
  const { headTags } = await import('./page-head');
  for (const old of document.head.querySelectorAll('[data-head]')) old.remove();
  for (const { tag, attrs, json } of headTags(head, site)) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    element.setAttribute('data-head', '');
    if (json !== undefined) element.textContent = JSON.stringify(json);
    document.head.append(element);
  }
}

/**
 * Declares the head of the current page. In the browser it keeps <title>, meta, canonical, Open Graph
 * and JSON-LD right across SPA navigation; during prerendering it hands the head to the collector.
 */
export function usePageHead(head: PageHead | undefined): void {
  const collector = useContext(HeadCollectorContext);
  const site = useSiteInfo();
  if (collector && head) collector(head);
  const key = head && JSON.stringify(head);
  useEffect(() => {
    // After the new page is painted: setting the title forces a style pass, which would delay that paint.
    if (head) return afterNextPaint(() => void applyHead(head, site));
    // `key` stands for `head`: a new object with the same content must not rewrite the head.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, site.name, site.origin]);
}

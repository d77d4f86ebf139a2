import type { DehydratedState } from '@tanstack/react-query';
import { APP_SEARCH_PARAMS } from '../ui/paths';

export const STATE_ELEMENT_ID = 'dateline-state';

export interface BootState {
  url: string;
  queries: DehydratedState;
  /** What the routes' loaders parsed from the URL when the page was prerendered (React Router's hydration data). */
  loaderData: Record<string, unknown>;
}

/**
 * The prerendered page's data, if this document is a prerendered page for the URL being shown. A
 * fallback document (the SPA shell, or a page served for another URL) yields nothing, and the app then
 * renders from scratch instead of hydrating markup that belongs elsewhere.
 */
export function readBootState(location: Location, base: string): BootState | undefined {
  const element = document.getElementById(STATE_ELEMENT_ID);
  if (!element?.textContent) return undefined;
  try {
    const state = JSON.parse(element.textContent) as BootState;
    if (typeof state.url !== 'string' || !sameRoute(state.url, location, base)) return undefined;
    if (typeof state.loaderData !== 'object' || state.loaderData === null) return undefined; // a page from before loaders
    // The HTML was just served uncached, so its data is as fresh as the API's: don't refetch it at once.
    const now = Date.now();
    for (const query of state.queries.queries) query.state.dataUpdatedAt = now;
    return state;
  } catch {
    return undefined;
  }
}

/**
 * Whether the prerendered URL shows what the address bar asks for: the same path (a trailing slash
 * aside) and the same values of the parameters the app reads. A shared link's tracking parameters
 * leave the prerendered page in place instead of throwing it away and rendering it again.
 */
function sameRoute(prerendered: string, location: Location, base: string): boolean {
  const path = location.pathname.slice(base.replace(/\/$/, '').length);
  const rendered = new URL(prerendered, 'http://page.invalid');
  if (rendered.pathname !== path && `${rendered.pathname}/` !== path) return false;
  const here = new URLSearchParams(location.search);
  return APP_SEARCH_PARAMS.every((name) => rendered.searchParams.get(name) === here.get(name));
}

import type { DehydratedState } from '@tanstack/react-query';

export const STATE_ELEMENT_ID = 'dateline-state';

export interface BootState {
  url: string;
  queries: DehydratedState;
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
    const here = location.pathname.slice(base.replace(/\/$/, '').length) + location.search;
    if (typeof state.url !== 'string' || (state.url !== here && `${state.url}/` !== here)) return undefined;
    // The HTML was just served uncached, so its data is as fresh as the API's: don't refetch it at once.
    const now = Date.now();
    for (const query of state.queries.queries) query.state.dataUpdatedAt = now;
    return state;
  } catch {
    return undefined;
  }
}

import type { QueryClient } from '@tanstack/react-query';
import { useLoaderData, type Params } from 'react-router-dom';

/**
 * What a route reads, declared once beside its page: the input its URL asks for (which story, which list
 * and page; parsed by the route's loader, and read by the page with `useRouteInput`) and the queries the
 * page shows, started by the loader. The prerender's loaders wait for those queries, so the HTML and its
 * dehydrated cache hold everything the page shows; the browser's only start them, so a page paints what it
 * already knows (a seeded headline, a skeleton) at once, and a lazy page's data loads beside its chunk.
 */
export interface RouteData<Input> {
  input: (params: Params, search: URLSearchParams) => Input;
  prefetch: (client: QueryClient, input: Input) => Promise<void>[];
}

/** A route that reads only queries that need nothing from its URL (the home page, the layout's nav). */
export function staticRouteData(prefetch: (client: QueryClient) => Promise<void>[]): RouteData<null> {
  return { input: () => null, prefetch: (client) => prefetch(client) };
}

/** The input the route's loader parsed from the URL (the `route` argument gives it its type). */
export function useRouteInput<Input>(_route: RouteData<Input>): Input {
  return useLoaderData() as Input;
}

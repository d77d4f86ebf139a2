import { articleQuery, latestQuery, mustReadQuery } from '../../api/queries';
import { isSlug } from '../../model/slug';
import type { RouteData } from '../../ui/route-data';

/** What an article URL asks for: the story's slug, and whether it can name a story at all. */
export interface ArticleInput {
  slug: string;
  valid: boolean;
}

/** The story and the two rails beside it. */
export const articleRoute: RouteData<ArticleInput> = {
  input: ({ slug = '' }) => ({ slug, valid: isSlug(slug) }),
  prefetch: (client, { slug, valid }) =>
    valid ? [client.prefetchQuery(articleQuery(slug)), client.prefetchQuery(latestQuery(1)), client.prefetchQuery(mustReadQuery())] : [],
};

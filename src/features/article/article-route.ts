import { articleQuery, latestQuery, mustReadQuery } from '../../api/queries';
import { isSlug } from '../../model/slug';
import type { RouteData } from '../../ui/route-data';
import { loadRichBlocks, needsRichBlocks } from './blocks/rich-blocks';

/** What an article URL asks for: the story's slug, and whether it can name a story at all. */
export interface ArticleInput {
  slug: string;
  valid: boolean;
}

/** The story and, in the browser, the two rails beside it. */
export const articleRoute: RouteData<ArticleInput> = {
  input: ({ slug = '' }) => ({ slug, valid: isSlug(slug) }),
  prefetch: (client, { slug, valid }) =>
    valid
      ? [
          // The story, then the rich blocks' chunk if its body needs it (the prerender waits for both).
          client.ensureQueryData(articleQuery(slug)).then(
            ({ article }) => (needsRichBlocks(article.body) ? loadRichBlocks().then(() => undefined) : undefined),
            () => undefined,
          ),
          // The rails only in the browser: a prerendered story does not embed them, so publishing a
          // new story (which changes the latest news) leaves every older story's page as it is.
          ...(import.meta.env.SSR ? [] : [client.prefetchQuery(latestQuery(1)), client.prefetchQuery(mustReadQuery())]),
        ]
      : [],
};

import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { tagQuery } from '../../api/queries';
import { isSlug } from '../../model/slug';
import { PagedStories } from '../../ui/PagedStories';
import { pageFrom } from '../../ui/Pagination';
import { notFoundHead, tagHead } from '../../ui/head/heads';
import { usePageHead } from '../../ui/head/use-page-head';
import { isNotFound } from '../../api/api-error';
import { paths } from '../../ui/paths';
import { NotFoundView } from '../../ui/NotFoundView';
import { useStrings } from '../../ui/strings';

export function TagPage() {
  const slug = useParams().slug ?? '';
  const page = pageFrom(useSearchParams()[0]);
  const query = useQuery({ ...tagQuery(slug, page), enabled: isSlug(slug) });
  const t = useStrings();
  usePageHead(!isSlug(slug) || isNotFound(query.error) ? notFoundHead(paths.tag(slug), t) : query.data && tagHead(query.data, t));
  if (!isSlug(slug)) return <NotFoundView />;
  return (
    <PagedStories
      query={query}
      empty={t.lists.emptyTag}
      header={({ tag, total }) => (
        <header className="page__header">
          <p className="page__kicker">{t.lists.topic}</p>
          <h1>{tag.name}</h1>
          <p className="page__count">{t.lists.storyCount(total)}</p>
        </header>
      )}
    />
  );
}

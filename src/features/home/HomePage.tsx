import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { homeQuery, navQuery } from '../../api/queries';
import { CachedNotice } from '../../ui/CachedNotice';
import { ErrorView } from '../../ui/ErrorView';
import { paths } from '../../ui/paths';
import { Skeleton } from '../../ui/Skeleton';
import { StoryCard } from '../../ui/StoryCard';
import { homeHead } from '../../ui/head/heads';
import { usePageHead } from '../../ui/head/use-page-head';
import { NewStoriesPrompt, useLatestPoll } from '../../ui/NewStoriesPrompt';
import { StoryRail } from '../../ui/StoryRail';
import { useStrings } from '../../ui/strings';

export function HomePage() {
  const { data, error, refetch, dataUpdatedAt } = useQuery(homeQuery());
  // The rail beside the front page follows the news as the poll reads it; the front page waits for Show.
  const polled = useLatestPoll(data !== undefined);
  const newest = data && Math.max(...[...data.top, ...data.latest].map((s) => Date.parse(s.publishedAt)));
  const nav = useQuery(navQuery()).data;
  const t = useStrings();
  usePageHead(nav && homeHead(nav.site.name, nav.site.description, t));
  if (!data) {
    return error ? <ErrorView error={error} onRetry={() => void refetch()} what={t.home.what} /> : <Skeleton lines={12} label={t.home.loading} />;
  }
  const [lead, ...others] = data.top;
  return (
    <div className="page page--with-rails page--home">
      <div className="page__main">
        <CachedNotice updatedAt={dataUpdatedAt} />
        <h1 className="visually-hidden">{nav?.site.name ?? 'Dateline'}</h1>
        <section aria-labelledby="top-stories" className="top-stories">
          <h2 id="top-stories" className="section-title">{t.home.topStories}</h2>
          {lead && <StoryCard story={lead} variant="lead" level={3} priority />}
          <ul className="card-grid">
            {others.map((story) => (
              <li key={story.slug}>
                <StoryCard story={story} level={3} />
              </li>
            ))}
          </ul>
        </section>
        {data.sections.map(({ category, items }) => (
          <section key={category.path} aria-labelledby={`section-${category.path}`} className="home-section">
            <h2 id={`section-${category.path}`} className="section-title">
              <Link to={paths.category(category.path)}>{category.name}</Link>
            </h2>
            <ul className="card-grid">
              {items.map((story) => (
                <li key={story.slug}>
                  <StoryCard story={story} level={3} showSection={false} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="page__rails">
        <StoryRail title={t.rails.latest} stories={polled?.items.slice(0, data.latest.length) ?? data.latest} more={<Link className="rail__more" to="/latest">{t.rails.moreLatest}</Link>} />
        <StoryRail title={t.rails.mustRead} stories={data.mustRead} />
      </div>
      <NewStoriesPrompt newestShown={newest} onShow={() => refetch()} />
    </div>
  );
}

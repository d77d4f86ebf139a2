import type { LatestPage as LatestData } from '../../model/api';
import { latestHead } from '../../ui/head/heads';
import { ListPage, type ListView } from './ListPage';
import { latestList, latestRoute } from './list-sources';

const view: ListView<LatestData> = {
  head: (_data, t, page) => latestHead(page, t),
  empty: (t) => t.lists.emptyLatest,
  header: (_data, t) => (
    <header className="page__header">
      <h1>{t.lists.latestTitle}</h1>
    </header>
  ),
};

export function LatestPage() {
  return <ListPage source={latestList} route={latestRoute} view={view} />;
}

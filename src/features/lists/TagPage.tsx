import type { TagPage as TagData } from '../../model/api';
import { tagHead } from '../../ui/head/heads';
import { ListPage, type ListView } from './ListPage';
import { tagList, tagRoute } from './list-sources';

const view: ListView<TagData> = {
  head: (data, t) => data && tagHead(data, t),
  empty: (t) => t.lists.emptyTag,
  header: ({ tag, total }, t) => (
    <header className="page__header">
      <p className="page__kicker">{t.lists.topic}</p>
      <h1>{tag.name}</h1>
      <p className="page__count">{t.lists.storyCount(total)}</p>
    </header>
  ),
};

export function TagPage() {
  return <ListPage source={tagList} route={tagRoute} view={view} />;
}

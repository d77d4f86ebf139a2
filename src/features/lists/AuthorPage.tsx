import type { AuthorPage as AuthorData } from '../../model/api';
import { authorHead } from '../../ui/head/heads';
import { ListPage, type ListView } from './ListPage';
import { authorList, authorRoute } from './list-sources';

const view: ListView<AuthorData> = {
  head: (data, t) => data && authorHead(data, t),
  empty: (t) => t.lists.emptyAuthor,
  header: ({ author, total }, t) => (
    <header className="page__header">
      <h1>{author.name}</h1>
      {author.role && <p className="page__kicker">{author.role}</p>}
      {author.bio && <p className="page__intro">{author.bio}</p>}
      <p className="page__count">{t.lists.storyCount(total)}</p>
    </header>
  ),
};

export function AuthorPage() {
  return <ListPage source={authorList} route={authorRoute} view={view} />;
}

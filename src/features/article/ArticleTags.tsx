import { Link } from 'react-router-dom';
import type { Tag } from '../../model/taxonomy';
import { paths } from '../../ui/paths';
import { articleStrings } from '../../i18n/languages';

export function ArticleTags({ tags, lang }: { tags: readonly Tag[]; lang: string }) {
  if (tags.length === 0) return null;
  return (
    <footer className="article__tags">
      <h2 className="visually-hidden">{articleStrings(lang).topics}</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link to={paths.tag(tag.slug)}>{tag.name}</Link>
          </li>
        ))}
      </ul>
    </footer>
  );
}

import { Link } from 'react-router-dom';
import type { Tag } from '../../model/taxonomy';
import { routes } from '../../ui/routes';

export function ArticleTags({ tags }: { tags: readonly Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <footer className="article__tags">
      <h2 className="visually-hidden">Topics</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link to={routes.tag(tag.slug)}>{tag.name}</Link>
          </li>
        ))}
      </ul>
    </footer>
  );
}

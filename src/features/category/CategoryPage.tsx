import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { categoryQuery } from '../../api/queries';
import { isCategoryPath } from '../../model/slug';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { PagedStories } from '../../ui/PagedStories';
import { pageFrom } from '../../ui/Pagination';
import { paths } from '../../ui/paths';
import { categoryHead, notFoundHead } from '../../ui/head/heads';
import { usePageHead } from '../../ui/head/use-page-head';
import { isNotFound } from '../../api/api-error';
import { NotFoundView } from '../../ui/NotFoundView';
import { useStrings } from '../../ui/strings';

export function CategoryPage() {
  const path = (useParams()['*'] ?? '').replace(/\/$/, '');
  const page = pageFrom(useSearchParams()[0]);
  const valid = isCategoryPath(path);
  const query = useQuery({ ...categoryQuery(path, page), enabled: valid });
  const t = useStrings();
  usePageHead(!valid || isNotFound(query.error) ? notFoundHead(paths.category(path), t) : query.data && categoryHead(query.data, t));
  if (!valid) return <NotFoundView />;
  return (
    <PagedStories
      query={query}
      empty={t.lists.emptyCategory}
      header={({ category, breadcrumb, subcategories }) => (
        <header className="page__header">
          <Breadcrumb trail={breadcrumb} />
          <h1>{category.name}</h1>
          {category.description && <p className="page__intro">{category.description}</p>}
          {subcategories.length > 0 && (
            <nav aria-label={t.sectionsIn(category.name)} className="subsections">
              <ul>
                {subcategories.map((sub) => (
                  <li key={sub.path}>
                    <Link to={paths.category(sub.path)}>{sub.name}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
      )}
    />
  );
}

import { Link } from 'react-router-dom';
import type { CategoryPage as CategoryData } from '../../model/api';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { categoryHead } from '../../ui/head/heads';
import { paths } from '../../ui/paths';
import { ListPage, type ListView } from './ListPage';
import { categoryList, categoryRoute } from './list-sources';

const view: ListView<CategoryData> = {
  head: (data, t) => data && categoryHead(data, t),
  empty: (t) => t.lists.emptyCategory,
  header: ({ category, breadcrumb, subcategories }, t) => (
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
  ),
};

export function CategoryPage() {
  return <ListPage source={categoryList} route={categoryRoute} view={view} />;
}

import { useQuery } from '@tanstack/react-query';
import { Link, NavLink } from 'react-router-dom';
import { navQuery } from '../api/queries';
import { paths } from '../ui/paths';
import { HeaderSearch } from './HeaderSearch';
import { SettingsButton } from './SettingsButton';
import { useStrings } from '../ui/strings';

export function SiteHeader() {
  const { data } = useQuery(navQuery());
  const t = useStrings();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__name">
          {data?.site.name ?? 'Dateline'}
        </Link>
        <nav aria-label={t.siteSections} className="site-nav">
          <ul>
            {data?.categories.map((category) => (
              <li key={category.path}>
                <NavLink to={paths.category(category.path)}>{category.name}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
        <SettingsButton />
      </div>
    </header>
  );
}

import { Link } from 'react-router-dom';
import type { Crumb } from '../model/taxonomy';
import { useStrings } from './strings';

interface BreadcrumbProps {
  trail: readonly Crumb[];
  /** The page itself, shown last and marked as current. Omit when the last crumb is the current page. */
  current?: Crumb;
}

export function Breadcrumb({ trail, current }: BreadcrumbProps) {
  const items = current ? [...trail, current] : trail;
  const t = useStrings();
  return (
    <nav aria-label={t.breadcrumb} className="breadcrumb">
      <ol>
        {items.map((crumb, i) => {
          const isCurrent = i === items.length - 1;
          return (
            <li key={crumb.path}>
              <Link to={crumb.path} aria-current={isCurrent ? 'page' : undefined}>
                {crumb.name}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

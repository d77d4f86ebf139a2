import { Link, useLocation } from 'react-router-dom';
import { useStrings } from './strings';

interface PaginationProps {
  page: number;
  pageCount: number;
}

export function Pagination({ page, pageCount }: PaginationProps) {
  const { pathname } = useLocation();
  const t = useStrings().lists;
  if (pageCount <= 1) return null;
  const to = (n: number) => (n === 1 ? pathname : `${pathname}?page=${n}`);
  return (
    <nav aria-label={t.pagination} className="pagination">
      {page > 1 ? <Link to={to(page - 1)} rel="prev">{t.newer}</Link> : <span />}
      <span>{t.pageOf(page, pageCount)}</span>
      {page < pageCount ? <Link to={to(page + 1)} rel="next">{t.older}</Link> : <span />}
    </nav>
  );
}

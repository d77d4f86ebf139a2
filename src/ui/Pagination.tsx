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

/** `?page=N` from the URL; anything else (missing, 0, "abc", "2.5") is page 1. */
export function pageFrom(search: URLSearchParams): number {
  const raw = search.get('page');
  const n = raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
  return n;
}

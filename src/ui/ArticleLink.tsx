import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { articleQuery } from '../api/queries';
import { paths } from './paths';

interface ArticleLinkProps {
  slug: string;
  children: ReactNode;
  className?: string;
}

/** A link to an article that starts fetching it as soon as the reader shows interest. */
export function ArticleLink({ slug, children, className }: ArticleLinkProps) {
  const client = useQueryClient();
  const prefetch = () => void client.prefetchQuery(articleQuery(slug));
  return (
    <Link to={paths.article(slug)} className={className} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch}>
      {children}
    </Link>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { isSafeUrl } from '../../../model/url';
import { ArticleLink } from '../../../ui/ArticleLink';

const ARTICLE_PATH = /^\/article\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

interface BodyLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/**
 * A link in a story: to another article (prefetched on interest), to a page of the app, or out of the
 * site. The API may be served by someone else: a URL with a script scheme never becomes a link, and
 * its content is shown as it is.
 */
export function BodyLink({ href, children, className }: BodyLinkProps) {
  if (!isSafeUrl(href)) return <>{children}</>;
  const article = ARTICLE_PATH.exec(href);
  if (article) return <ArticleLink slug={article[1]!} className={className}>{children}</ArticleLink>;
  if (href.startsWith('/') && !href.startsWith('//')) return <Link to={href} className={className}>{children}</Link>;
  return (
    <a href={href} className={className} rel="noopener noreferrer external">
      {children}
    </a>
  );
}

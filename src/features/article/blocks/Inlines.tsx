import { Link } from 'react-router-dom';
import type { Inline } from '../../../model/inline';
import { isSafeUrl } from '../../../model/url';
import { ArticleLink } from '../../../ui/ArticleLink';

const ARTICLE_PATH = /^\/article\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

function InlineLink({ href, children }: { href: string; children: Inline[] }) {
  const inner = <Inlines content={children} />;
  // The API may be served by someone else: a URL with a script scheme never becomes a link.
  if (!isSafeUrl(href)) return inner;
  const article = ARTICLE_PATH.exec(href);
  if (article) return <ArticleLink slug={article[1]!}>{inner}</ArticleLink>;
  if (href.startsWith('/') && !href.startsWith('//')) return <Link to={href}>{inner}</Link>;
  return (
    <a href={href} rel="noopener noreferrer external">
      {inner}
    </a>
  );
}

export function Inlines({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((node, i) => {
        switch (node.type) {
          case 'text':
            return node.text;
          case 'em':
            return <em key={i}><Inlines content={node.children} /></em>;
          case 'strong':
            return <strong key={i}><Inlines content={node.children} /></strong>;
          case 'link':
            return <InlineLink key={i} href={node.href}>{node.children}</InlineLink>;
          case 'break':
            return <br key={i} />;
          default:
            return null;
        }
      })}
    </>
  );
}

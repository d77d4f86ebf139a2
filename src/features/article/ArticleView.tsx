import { useEffect } from 'react';
import type { ArticleResponse } from '../../model/api';
import type { Article } from '../../model/article';
import { toSummary } from '../../model/summary';
import { SaveButton } from '../saved';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { Skeleton } from '../../ui/Skeleton';
import { ArticleBody } from './ArticleBody';
import { ArticleMeta } from './ArticleMeta';
import { ArticleTags } from './ArticleTags';
import { Figure } from './blocks/Figure';
import { ShareButton } from './ShareButton';
import { absoluteUrl } from '../../model/site-url';
import { paths } from '../../ui/paths';
import { useSiteInfo } from '../../ui/head/use-page-head';
import { useStrings } from '../../ui/strings';
import { loadStoryFont } from './story-font';

interface ArticleViewProps {
  article: Article;
  /** The top-level section, offered as a search filter. */
  section?: string;
  /** The full response once loaded; saving needs it. */
  response?: ArticleResponse;
  /** True while only the summary is known: the body shows a skeleton. */
  bodyPending: boolean;
}

/** The story itself. Language and direction are decided here, once, for everything inside. */
export function ArticleView({ article, section, response, bodyPending }: ArticleViewProps) {
  const site = useSiteInfo();
  const t = useStrings();
  useEffect(() => loadStoryFont(article.lang), [article.lang]);
  return (
    <article
      className="article"
      lang={article.lang}
      dir={article.dir}
      data-pagefind-body=""
      data-pagefind-filter={section ? `section:${section}` : undefined}
      data-pagefind-meta={article.image ? `image:${article.image.src}` : undefined}
    >
      <div className="reading-progress" aria-hidden="true" />
      <header className="article__header">
        <h1 className="article__headline">{article.title}</h1>
        <p className="article__standfirst">{article.standfirst}</p>
        <ArticleMeta {...article} />
        {/* The site's own controls, in the site's language (read with the right voice inside a story in another). */}
        <div className="article__actions" lang={t.lang}>
          <ErrorBoundary name="Share button">
            <ShareButton title={article.title} text={article.standfirst} url={absoluteUrl(site, paths.article(article.slug))} />
          </ErrorBoundary>
          {response && (
            <ErrorBoundary name="Save button">
              <SaveButton response={response} summary={toSummary(article)} />
            </ErrorBoundary>
          )}
        </div>
      </header>
      {article.image && <Figure image={article.image} priority className="figure figure--hero" />}
      {bodyPending ? <Skeleton lines={8} label={t.article.loading} /> : <ArticleBody body={article.body} lang={article.lang} />}
      <ArticleTags tags={article.tags} lang={article.lang} />
      <p className="article__top" lang={t.lang}>
        <a href="#main">{t.article.backToTop}</a>
      </p>
    </article>
  );
}

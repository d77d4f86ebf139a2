import type { ArticleResponse, AuthorPage, CategoryPage, TagPage } from '../../model/api';
import { routes } from '../routes';
import type { PageHead } from './page-head';

/* One builder per page type: the same data gives the same head in the prerender and in the browser. */

const SITE_LANG = 'en';

export function articleHead({ article, breadcrumb }: ArticleResponse): PageHead {
  return {
    title: article.title,
    description: article.standfirst,
    path: routes.article(article.slug),
    lang: article.lang,
    dir: article.dir,
    type: 'article',
    image: article.image && { src: article.image.src, alt: article.image.alt, width: article.image.width, height: article.image.height },
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
      author: { name: article.author.name, path: routes.author(article.author.slug) },
    },
    breadcrumb: [...breadcrumb, { name: article.title, path: routes.article(article.slug) }],
  };
}

function listHead(title: string, description: string, path: string, page: number): PageHead {
  return {
    title: page > 1 ? `${title} (page ${page})` : title,
    description,
    path: page > 1 ? `${path}?page=${page}` : path,
    lang: SITE_LANG,
    dir: 'ltr',
    type: 'website',
  };
}

export function categoryHead({ category, breadcrumb, page }: CategoryPage): PageHead {
  return {
    ...listHead(category.name, category.description ?? `The latest ${category.name} stories.`, routes.category(category.path), page),
    breadcrumb,
    feed: { categoryPath: category.path, title: category.name },
  };
}

export function authorHead({ author, page }: AuthorPage): PageHead {
  return listHead(author.name, author.bio ?? `Stories by ${author.name}.`, routes.author(author.slug), page);
}

export function tagHead({ tag, page }: TagPage): PageHead {
  return listHead(`Topic: ${tag.name}`, `Stories about ${tag.name}.`, routes.tag(tag.slug), page);
}

export function latestHead(page: number): PageHead {
  return listHead('Latest news', 'The newest stories, as they are published.', '/latest', page);
}

export function homeHead(siteName: string, description: string): PageHead {
  return { title: siteName, description, path: '/', lang: SITE_LANG, dir: 'ltr', type: 'website' };
}

export function notFoundHead(path: string): PageHead {
  return { title: 'Page not found', description: 'This page could not be found.', path, lang: SITE_LANG, dir: 'ltr', type: 'website', index: false };
}

import type { ArticleResponse, AuthorPage, CategoryPage, TagPage } from '../../model/api';
import { paths } from '../paths';
import type { PageHead } from './page-head';
import type { UiStrings } from '../../i18n/catalogue';

/* One builder per page type: the same data gives the same head in the prerender and in the browser. */

export function articleHead({ article, breadcrumb }: ArticleResponse): PageHead {
  return {
    title: article.title,
    description: article.standfirst,
    path: paths.article(article.slug),
    lang: article.lang,
    dir: article.dir,
    type: 'article',
    // The whole hero: the prerendered head preloads it from its srcset.
    image: article.image,
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
      author: { name: article.author.name, path: paths.author(article.author.slug) },
    },
    breadcrumb: [...breadcrumb, { name: article.title, path: paths.article(article.slug) }],
  };
}

/** Pages of the site itself (not a story) are in the site's language: `t` is its catalogue. */
function listHead(title: string, description: string, path: string, page: number, t: UiStrings): PageHead {
  return {
    title: page > 1 ? t.lists.pageTitle(title, page) : title,
    description,
    path: page > 1 ? `${path}?page=${page}` : path,
    lang: t.lang,
    dir: t.dir,
    type: 'website',
  };
}

export function categoryHead({ category, breadcrumb, page }: CategoryPage, t: UiStrings): PageHead {
  return {
    ...listHead(category.name, category.description ?? t.lists.categoryDescription(category.name), paths.category(category.path), page, t),
    breadcrumb,
    feed: { categoryPath: category.path, title: category.name },
  };
}

export function authorHead({ author, page }: AuthorPage, t: UiStrings): PageHead {
  return listHead(author.name, author.bio ?? t.lists.authorDescription(author.name), paths.author(author.slug), page, t);
}

export function tagHead({ tag, page }: TagPage, t: UiStrings): PageHead {
  return listHead(t.lists.topicTitle(tag.name), t.lists.tagDescription(tag.name), paths.tag(tag.slug), page, t);
}

export function latestHead(page: number, t: UiStrings): PageHead {
  return listHead(t.lists.latestTitle, t.lists.latestDescription, '/latest', page, t);
}

export function homeHead(siteName: string, description: string, t: UiStrings): PageHead {
  return { title: siteName, description, path: '/', lang: t.lang, dir: t.dir, type: 'website' };
}

export function searchHead(query: string, siteName: string, t: UiStrings): PageHead {
  return { title: query ? t.search.titleFor(query) : t.search.title, description: t.search.description(siteName), path: '/search', lang: t.lang, dir: t.dir, type: 'website', index: false };
}

export function savedHead(t: UiStrings): PageHead {
  return { title: t.saved.title, description: t.saved.description, path: '/saved', lang: t.lang, dir: t.dir, type: 'website', index: false };
}

export function notFoundHead(path: string, t: UiStrings): PageHead {
  return { title: t.notFound.title, description: t.notFound.description, path, lang: t.lang, dir: t.dir, type: 'website', index: false };
}

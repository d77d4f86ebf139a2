// No zod here: the browser bundle imports this file.
import type { Article, ArticleSummary } from './article';

/** The list-sized part of an article. */
export function toSummary(article: Omit<Article, 'body'>): ArticleSummary {
  const { slug, title, standfirst, lang, dir, category, author, publishedAt, updatedAt, readingMinutes, image } = article;
  return { slug, title, standfirst, lang, dir, category, author, publishedAt, updatedAt, readingMinutes, image };
}

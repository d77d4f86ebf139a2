import type { Article } from '../../model/article';
import { mapArticleImages } from '../../model/article-images';
import { directionOf } from '../../model/direction';
import type { Image } from '../../model/block';
import type { ArticleSource } from '../../model/content';
import type { AuthorRef, CategoryRef, Tag } from '../../model/taxonomy';
import { countWords, readingMinutes } from './reading-time';

export interface Lookups {
  category: (path: string) => CategoryRef;
  author: (slug: string) => AuthorRef;
  tag: (slug: string) => Tag;
  /** Maps an image src from the content dir to where it is served (e.g. "images/a.svg" → "media/images/a.svg"). */
  imageSrc: (src: string) => string;
}

function publishImage<T extends Image>(image: T, imageSrc: Lookups['imageSrc']): T {
  return {
    ...image,
    src: imageSrc(image.src),
    srcset: image.srcset?.map((candidate) => ({ ...candidate, src: imageSrc(candidate.src) })),
  };
}

/** A validated source article → the article the API serves: references resolved, derived fields filled. */
export function compileArticle(source: ArticleSource, lookups: Lookups): Article {
  const words = countWords(source.body);
  const published = mapArticleImages(source, (image) => publishImage(image, lookups.imageSrc));
  return {
    slug: source.slug,
    title: source.title,
    standfirst: source.standfirst,
    lang: source.lang,
    dir: source.dir ?? directionOf(source.lang),
    category: lookups.category(source.category),
    author: lookups.author(source.author),
    publishedAt: source.publishedAt,
    updatedAt: source.updatedAt,
    readingMinutes: readingMinutes(words),
    image: published.hero,
    tags: source.tags.map(lookups.tag),
    mustRead: source.mustRead,
    wordCount: words,
    body: published.body,
  };
}

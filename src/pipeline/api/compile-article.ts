import type { Article } from '../../model/article';
import { mapBlockImages } from '../../model/block-walk';
import { directionOf } from '../../model/direction';
import type { Block, Image } from '../../model/block';
import type { ArticleSource } from '../../model/content';
import type { AuthorRef, CategoryRef, Tag } from '../../model/taxonomy';
import { factsOf, type ArticleFacts, type BodyImage } from '../content/article-facts';
import { readingMinutes } from './reading-time';

export interface Lookups {
  category: (path: string) => CategoryRef;
  author: (slug: string) => AuthorRef;
  tag: (slug: string) => Tag;
  /** Maps an image src from the content dir to where it is served (e.g. "images/a.svg" → "media/images/a.svg"). */
  imageSrc: (src: string) => string;
}

/**
 * An article as the build holds it: the API's article without its body, which is compiled when a
 * document needs it, and what the build takes from the body meanwhile.
 */
export interface SiteArticle extends Omit<Article, 'body'> {
  /** The body's images in reading order, as published. */
  bodyImages: BodyImage[];
  /** The hosts the body may frame once its reader asks. */
  frameHosts: readonly string[];
  /** The hash of its source file's bytes: the same hash, the same body. */
  sourceHash: string;
}

function publishImage<T extends Image>(image: T, imageSrc: Lookups['imageSrc']): T {
  return {
    ...image,
    src: imageSrc(image.src),
    srcset: image.srcset?.map((candidate) => ({ ...candidate, src: imageSrc(candidate.src) })),
  };
}

/** A valid source article's facts → the article the API serves but its body: references resolved, derived fields filled. */
export function compileHead(facts: ArticleFacts, sourceHash: string, lookups: Lookups): SiteArticle {
  const { head } = facts;
  return {
    slug: head.slug,
    title: head.title,
    standfirst: head.standfirst,
    lang: head.lang,
    dir: head.dir ?? directionOf(head.lang),
    category: lookups.category(head.category),
    author: lookups.author(head.author),
    publishedAt: head.publishedAt,
    updatedAt: head.updatedAt,
    readingMinutes: readingMinutes(facts.wordCount),
    image: head.hero && publishImage(head.hero, lookups.imageSrc),
    tags: head.tags.map(lookups.tag),
    mustRead: head.mustRead,
    wordCount: facts.wordCount,
    bodyImages: facts.images.map(({ at, image }) => ({ at, image: publishImage(image, lookups.imageSrc) })),
    frameHosts: facts.frameHosts,
    sourceHash,
  };
}

/** A source body as published: its images pointing where they are served. */
export function compileBody(body: readonly Block[], lookups: Lookups): Block[] {
  return body.map((block, i) => mapBlockImages(block, (image) => publishImage(image, lookups.imageSrc), `body.${i}`));
}

/** The API's article: the compiled head and its body. */
export function articleOf(head: SiteArticle, body: Block[]): Article {
  const { bodyImages: _images, frameHosts: _hosts, sourceHash: _hash, ...article } = head;
  return { ...article, body };
}

/** A validated source article → the article the API serves. */
export function compileArticle(source: ArticleSource, lookups: Lookups): Article {
  return articleOf(compileHead(factsOf(source), '', lookups), compileBody(source.body, lookups));
}

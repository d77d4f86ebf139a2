import type { Block, Image } from '../model/block';
import type { ArticleSource } from '../model/content';

/** Where an imported item sits in the content, resolved from the rest of the import before it is mapped. */
export interface ArticlePlace {
  slug: string;
  category: string;
  author: string;
  tags: string[];
  lang: string;
}

/** Reports a problem with one field of the item being mapped. */
export type ReportProblem = (field: string, message: string) => void;

interface ArticleText {
  title: string;
  standfirst: string;
  publishedAt: string;
  updatedAt?: string;
  mustRead: boolean;
  hero?: Image;
  body: Block[];
}

/** The article an importer writes: its place and its text, optional fields only when they are present. */
export function articleSource(place: ArticlePlace, text: ArticleText): ArticleSource {
  return {
    slug: place.slug,
    title: text.title,
    standfirst: text.standfirst,
    lang: place.lang,
    category: place.category,
    author: place.author,
    tags: place.tags,
    publishedAt: text.publishedAt,
    ...(text.updatedAt ? { updatedAt: text.updatedAt } : {}),
    mustRead: text.mustRead,
    ...(text.hero ? { hero: text.hero } : {}),
    body: text.body,
  };
}

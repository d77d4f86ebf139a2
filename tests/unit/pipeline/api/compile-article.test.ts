import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../../src/model/article';
import { ArticleSourceSchema } from '../../../../src/model/content';
import { compileArticle, type Lookups } from '../../../../src/pipeline/api/compile-article';
import { articleSource } from '../../../fixtures/content';

const lookups: Lookups = {
  category: (path) => ({ path, name: `Category ${path}` }),
  author: (slug) => ({ slug, name: `Author ${slug}` }),
  tag: (slug) => ({ slug, name: `Tag ${slug}` }),
  imageSrc: (src) => (src.startsWith('https:') ? src : `media/${src}`),
};

const source = (overrides: Record<string, unknown> = {}) => ArticleSourceSchema.parse(articleSource('dam-levels-fall', overrides));

describe('compileArticle', () => {
  it('resolves category, author and tags through the lookups', () => {
    const article = compileArticle(source({ category: 'region/iraq', author: 'layla-hassan', tags: ['water', 'cities'] }), lookups);
    expect(article.category).toEqual({ path: 'region/iraq', name: 'Category region/iraq' });
    expect(article.author).toEqual({ slug: 'layla-hassan', name: 'Author layla-hassan' });
    expect(article.tags).toEqual([
      { slug: 'water', name: 'Tag water' },
      { slug: 'cities', name: 'Tag cities' },
    ]);
  });

  it('derives the direction from the language unless one is given', () => {
    expect(compileArticle(source({ lang: 'en' }), lookups).dir).toBe('ltr');
    expect(compileArticle(source({ lang: 'fa' }), lookups).dir).toBe('rtl');
    expect(compileArticle(source({ lang: 'ar-IQ' }), lookups).dir).toBe('rtl');
    expect(compileArticle(source({ lang: 'fa', dir: 'ltr' }), lookups).dir).toBe('ltr');
  });

  it('counts words and reading time from the body', () => {
    const words = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ');
    const article = compileArticle(source({ body: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] }), lookups);
    expect(article.wordCount).toBe(700);
    expect(article.readingMinutes).toBe(3);
  });

  it('maps the hero, image blocks and srcset candidates to where they are served', () => {
    const article = compileArticle(
      source({
        hero: { src: 'images/dam.svg', alt: 'Dam', width: 4, height: 3, srcset: [{ src: 'images/dam-640.svg', width: 640 }] },
        body: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] },
          { type: 'image', src: 'images/river.svg', alt: 'River', width: 4, height: 3 },
          { type: 'image', src: 'https://cdn.example.org/a.jpg', alt: 'Remote', width: 4, height: 3 },
        ],
      }),
      lookups,
    );
    expect(article.image?.src).toBe('media/images/dam.svg');
    expect(article.image?.srcset).toEqual([{ src: 'media/images/dam-640.svg', width: 640 }]);
    expect(article.body[1]).toMatchObject({ type: 'image', src: 'media/images/river.svg' });
    expect(article.body[2]).toMatchObject({ type: 'image', src: 'https://cdn.example.org/a.jpg' });
  });

  it('does not modify the source article', () => {
    const input = source({ hero: { src: 'images/dam.svg', alt: 'Dam', width: 4, height: 3 }, body: [{ type: 'image', src: 'images/river.svg', alt: 'River', width: 4, height: 3 }] });
    const before = JSON.stringify(input);
    compileArticle(input, lookups);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('has no image without a hero, and carries publishedAt, updatedAt and mustRead over', () => {
    const article = compileArticle(source({ updatedAt: '2026-11-21T08:30:00Z', mustRead: true }), lookups);
    expect(article.image).toBeUndefined();
    expect(article).toMatchObject({ publishedAt: '2026-11-20T08:30:00Z', updatedAt: '2026-11-21T08:30:00Z', mustRead: true });
  });

  it('produces an article the API schema accepts', () => {
    const article = compileArticle(source({ hero: { src: 'images/dam.svg', alt: 'Dam', width: 4, height: 3 } }), lookups);
    expect(ArticleSchema.safeParse(JSON.parse(JSON.stringify(article))).success).toBe(true);
  });
});

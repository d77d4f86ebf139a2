import { describe, expect, it } from 'vitest';
import { ArticleSourceSchema, SiteSourceSchema } from '../../../src/model/content';
import { articleSource } from '../../fixtures/content';

describe('source schemas', () => {
  it('fills the article defaults', () => {
    const parsed = ArticleSourceSchema.parse(articleSource('a', { lang: undefined, tags: undefined }));
    expect(parsed).toMatchObject({ lang: 'en', tags: [], mustRead: false });
  });

  it('refuses a headline of only spaces and an empty body', () => {
    expect(ArticleSourceSchema.safeParse(articleSource('a', { title: '   ' })).success).toBe(false);
    expect(ArticleSourceSchema.safeParse(articleSource('a', { body: [] })).success).toBe(false);
  });

  it('refuses a heading level other than 2 or 3 and a quote nested in a quote', () => {
    const heading = { type: 'heading', level: 1, content: [{ type: 'text', text: 'H' }] };
    expect(ArticleSourceSchema.safeParse(articleSource('a', { body: [heading] })).success).toBe(false);
    const inner = { type: 'quote', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }] };
    expect(ArticleSourceSchema.safeParse(articleSource('a', { body: [{ type: 'quote', blocks: [inner] }] })).success).toBe(false);
  });

  it('accepts instants with a Z or an offset, refuses dates without a zone', () => {
    for (const publishedAt of ['2026-11-20T08:30:00Z', '2026-11-20T12:00:00+03:30', '2026-11-20T08:30:00.123Z']) {
      expect(ArticleSourceSchema.safeParse(articleSource('a', { publishedAt })).success, publishedAt).toBe(true);
    }
    for (const publishedAt of ['2026-11-20', '2026-11-20T08:30:00', 'yesterday']) {
      expect(ArticleSourceSchema.safeParse(articleSource('a', { publishedAt })).success, publishedAt).toBe(false);
    }
  });

  it('only accepts an http(s) site origin', () => {
    const site = { name: 'N', description: 'D' };
    expect(SiteSourceSchema.parse(site).lang).toBe('en');
    expect(SiteSourceSchema.safeParse({ ...site, origin: 'https://news.example.org' }).success).toBe(true);
    expect(SiteSourceSchema.safeParse({ ...site, origin: 'javascript:alert(1)' }).success).toBe(false);
    expect(SiteSourceSchema.safeParse({ ...site, origin: 'ftp://news.example.org' }).success).toBe(false);
  });
});

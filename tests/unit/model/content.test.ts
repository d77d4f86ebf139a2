import { describe, expect, it } from 'vitest';
import { ArticleSourceSchema, AuthorSourceSchema, CategorySourceSchema, SiteSourceSchema, TagSourceSchema } from '../../../src/model/content';
import { MAX_NAME_LENGTH, MAX_SLUG_LENGTH, MAX_STANDFIRST_LENGTH, MAX_TITLE_LENGTH } from '../../../src/model/limits';
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

  it('refuses a heading level outside 2 to 4 and a quote nested in a quote', () => {
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

describe('source schemas: lengths are capped, each with its own message', () => {
  const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

  it('caps the slug, the headline and the standfirst of an article', () => {
    const slug = `${'a'.repeat(MAX_SLUG_LENGTH - 2)}-b`;
    expect(ArticleSourceSchema.safeParse(articleSource(slug, { title: 'h'.repeat(MAX_TITLE_LENGTH), standfirst: 's'.repeat(MAX_STANDFIRST_LENGTH) })).success).toBe(true);
    const long = articleSource(`${slug}c`, { title: 'h'.repeat(MAX_TITLE_LENGTH + 1), standfirst: 's'.repeat(MAX_STANDFIRST_LENGTH + 1), author: 'x'.repeat(MAX_SLUG_LENGTH + 1) });
    expect(issues(ArticleSourceSchema.safeParse(long))).toEqual([
      ['slug', `a slug is at most ${MAX_SLUG_LENGTH} characters`],
      ['title', `a headline is at most ${MAX_TITLE_LENGTH} characters`],
      ['standfirst', `a standfirst is at most ${MAX_STANDFIRST_LENGTH} characters`],
      ['author', `a slug is at most ${MAX_SLUG_LENGTH} characters`],
    ]);
  });

  it('caps the names of authors, categories and tags, and each slug of a category path', () => {
    const name = 'n'.repeat(MAX_NAME_LENGTH + 1);
    const message = `a name is at most ${MAX_NAME_LENGTH} characters`;
    expect(issues(AuthorSourceSchema.safeParse({ slug: 'a', name }))).toEqual([['name', message]]);
    expect(issues(TagSourceSchema.safeParse({ slug: 'a', name }))).toEqual([['name', message]]);
    expect(issues(CategorySourceSchema.safeParse({ path: 'a', name }))).toEqual([['name', message]]);
    expect(TagSourceSchema.safeParse({ slug: 'a', name: name.slice(1) }).success).toBe(true);
    const path = `region/${'r'.repeat(MAX_SLUG_LENGTH + 1)}`;
    expect(issues(CategorySourceSchema.safeParse({ path, name: 'R' }))).toEqual([['path', expect.stringContaining(`at most ${MAX_SLUG_LENGTH} characters`)]]);
  });
});

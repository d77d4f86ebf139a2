import { describe, expect, it } from 'vitest';
import { Warnings } from '../../../../src/import/warnings';
import { importWxr } from '../../../../src/import/wordpress-export/import-export';
import { wxrParser } from '../../../../src/import/wordpress-export/read-wxr';

const wxr = (body: string) => {
  const parser = wxrParser('export.xml');
  parser.write(`<rss xmlns:wp="w" xmlns:dc="d" xmlns:content="c"><channel><title>Site</title><link>https://site.example</link><wp:wxr_version>1.2</wp:wxr_version>${body}</channel></rss>`);
  return parser.end();
};

const post = (id: number, creator: string) =>
  `<item><title>Story ${id}</title><dc:creator>${creator}</dc:creator><content:encoded>Text ${id}</content:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2026-11-20 08:30:00</wp:post_date_gmt><wp:post_name>story-${id}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`;

describe('authors whose login is an e-mail address', () => {
  it('never become a name or a slug', () => {
    const { bundle } = importWxr(
      wxr(
        '<wp:author><wp:author_id>2</wp:author_id><wp:author_login>ed@site.example</wp:author_login><wp:author_display_name>ed@site.example</wp:author_display_name></wp:author>' +
          '<wp:author><wp:author_id>3</wp:author_id><wp:author_login>jo@site.example</wp:author_login><wp:author_display_name>Jo Park</wp:author_display_name></wp:author>' +
          post(1, 'ed@site.example') +
          post(2, 'jo@site.example') +
          post(3, 'new@site.example'),
      ),
      new Warnings(),
    );
    expect(JSON.stringify(bundle)).not.toContain('@');
    expect(bundle.authors.map((a) => [a.slug, a.name])).toEqual([
      ['author-2', 'Author 2'],
      ['author-4', 'Author 4'],
      ['jo-park', 'Jo Park'],
    ]);
  });
});

describe('a post without a category', () => {
  it('is imported, like one from the REST API, in Uncategorized', () => {
    const { bundle } = importWxr(wxr(post(5, 'x')), new Warnings());
    expect(bundle.articles.map((a) => [a.slug, a.author, a.category])).toEqual([['story-5', 'x', 'uncategorized']]);
  });
});

describe('a category whose parent is not in the export', () => {
  it('is placed at the top level, with a warning naming both', () => {
    const warnings = new Warnings();
    const { bundle } = importWxr(
      wxr(
        '<wp:category><wp:term_id>9</wp:term_id><wp:category_nicename>child</wp:category_nicename><wp:category_parent>gone</wp:category_parent><wp:cat_name>Child</wp:cat_name></wp:category>' +
          post(1, 'x').replace('</item>', '<category domain="category" nicename="child">Child</category></item>'),
      ),
      warnings,
    );
    expect(bundle.categories.map((c) => c.path)).toEqual(['child']);
    expect(warnings.list).toContainEqual(expect.objectContaining({ kind: 'category-parent-missing', subject: 'category "child": parent "gone"' }));
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BodySchema } from '../../../../src/model/block';
import { importJsonFeed } from '../../../../src/import/jsonfeed/map-feed';
import { Warnings } from '../../../../src/import/warnings';

function bodyOf(contentHtml: string) {
  const warnings = new Warnings();
  const imported = importJsonFeed(
    {
      file: 'feed.json',
      value: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Tide log',
        home_page_url: 'https://tides.example/',
        items: [{ id: '1', url: 'https://tides.example/2026/spring/', title: 'Spring', content_html: contentHtml, date_published: '2026-03-20T06:00:00Z' }],
      },
    },
    warnings,
  );
  return { body: imported.bundle.articles[0]!.body, warnings: warnings.summary().map((g) => `${g.kind}${g.detail ? ` ${g.detail}` : ''}`) };
}

describe('JSON Feed content_html goes through the same HTML → blocks as WordPress', () => {
  it('turns embeds, tables, code, footnotes and unsized images into the body\'s blocks, counting what it guessed or dropped', () => {
    const { body, warnings } = bodyOf(
      '<p>High water<sup id="fnref:1"><a href="#fn:1">1</a></sup> at dawn.</p>' +
        '<iframe src="https://www.youtube-nocookie.com/embed/Tide12345_a" title="Dawn tide"></iframe>' +
        '<table><thead><tr><th>Time</th></tr></thead><tbody><tr><td>06:12</td></tr></tbody></table>' +
        '<pre><code class="language-sh">tide --at dawn</code></pre>' +
        '<img src="/img/flats.jpg" alt="The flats">' +
        '<iframe src="https://widgets.example/w"></iframe>' +
        '<div class="footnotes"><ol><li id="fn:1">Spring tide. <a href="#fnref:1">↩</a></li></ol></div>',
    );
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'video', 'table', 'code', 'image', 'embed', 'footnotes']);
    expect(body[1]).toEqual({ type: 'video', title: 'Dawn tide', source: { kind: 'provider', provider: 'youtube', id: 'Tide12345_a' } });
    expect(body[4]).toEqual({ type: 'image', src: 'https://tides.example/img/flats.jpg', alt: 'The flats', width: 1200, height: 800 });
    expect(BodySchema.safeParse(body).success).toBe(true);
    expect(warnings).toEqual(expect.arrayContaining(['image-size-assumed', 'frame-as-link widgets.example']));
  });
});

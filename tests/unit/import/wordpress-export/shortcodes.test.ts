import { describe, expect, it } from 'vitest';
import { applyEmbeds, embedHtml } from '../../../../src/import/wordpress-export/auto-embeds';
import { renderContent } from '../../../../src/import/wordpress-export/render-content';
import { parseAttributes, renderShortcodes, type GalleryImage, type ShortcodeContext } from '../../../../src/import/wordpress-export/shortcodes';

const images: Record<number, GalleryImage> = {
  1: { src: 'https://news.example/a.jpg', width: 800, height: 600, alt: 'A "quoted" alt', caption: 'First <caption>' },
  2: { src: 'https://news.example/b.jpg', width: 400, height: 300, alt: '' },
};

function context() {
  const unknown: string[] = [];
  const missing: number[] = [];
  const ctx: ShortcodeContext = { attachment: (id) => images[id], onUnknown: (n) => unknown.push(n), onMissingAttachment: (id) => missing.push(id) };
  return { ctx, unknown, missing };
}

describe('shortcode attributes', () => {
  it('reads double-, single- and un-quoted values, and positional ones', () => {
    expect(parseAttributes(` id="attachment_1" align='alignleft' width=300 "https://x.example/" bare`)).toEqual({
      id: 'attachment_1',
      align: 'alignleft',
      width: '300',
      0: 'https://x.example/',
      1: 'bare',
    });
  });
});

describe('[caption]', () => {
  it('becomes a figure with the image and a figcaption of the text after it', () => {
    const { ctx } = context();
    expect(renderShortcodes('[caption id="attachment_1" align="alignnone" width="300"]<a href="https://news.example/a"><img src="https://news.example/a.jpg" width="300" height="200" alt="A" /></a> The quay at dawn[/caption]', ctx)).toBe(
      '<figure class="wp-caption"><a href="https://news.example/a"><img src="https://news.example/a.jpg" width="300" height="200" alt="A" /></a><figcaption class="wp-caption-text">The quay at dawn</figcaption></figure>',
    );
  });

  it('reads the older caption="…" attribute', () => {
    const { ctx } = context();
    expect(renderShortcodes('[caption caption="Old style"]<img src="https://news.example/a.jpg" alt="">[/caption]', ctx)).toBe(
      '<figure class="wp-caption"><img src="https://news.example/a.jpg" alt=""><figcaption class="wp-caption-text">Old style</figcaption></figure>',
    );
  });
});

describe('[gallery ids]', () => {
  it('becomes a figure of figures, one per attachment in the order given, sizes and alt from the export', () => {
    const { ctx, missing } = context();
    expect(renderShortcodes('[gallery ids="2, 1,7" columns="2"]', ctx)).toBe(
      '<figure class="wp-block-gallery">' +
        '<figure class="wp-block-image"><img src="https://news.example/b.jpg" width="400" height="300" alt=""></figure>' +
        '<figure class="wp-block-image"><img src="https://news.example/a.jpg" width="800" height="600" alt="A &quot;quoted&quot; alt"><figcaption>First &lt;caption&gt;</figcaption></figure>' +
        '</figure>',
    );
    expect(missing).toEqual([7]);
  });

  it('gives nothing when none of its ids is an attachment', () => {
    const { ctx } = context();
    expect(renderShortcodes('[gallery ids="9"]', ctx)).toBe('');
  });
});

describe('[video] and [audio]', () => {
  it('become <video>/<audio> with a source per file and the poster', () => {
    const { ctx } = context();
    expect(renderShortcodes('[video src="https://news.example/v.mp4" webm="https://news.example/v.webm" poster="https://news.example/p.jpg" width="640" height="360"][/video]', ctx)).toBe(
      '<video controls poster="https://news.example/p.jpg" width="640" height="360"><source src="https://news.example/v.mp4" type="video/mp4"><source src="https://news.example/v.webm" type="video/webm"></video>',
    );
    expect(renderShortcodes('[audio mp3="https://news.example/a.mp3"]', ctx)).toBe('<audio controls><source src="https://news.example/a.mp3" type="audio/mpeg"></audio>');
  });
});

describe('unknown shortcodes', () => {
  it('are removed with their inner text kept, and counted; text in brackets that is no shortcode stays', () => {
    const { ctx, unknown } = context();
    expect(renderShortcodes('He said [sic] and [1]. [contact-form-7 id="3"] [note]Inner [b]text[/b][/note] [br/]', ctx)).toBe('He said [sic] and [1].  Inner text ');
    expect(unknown).toEqual(['contact-form-7', 'note', 'b', 'br']);
  });

  it('[[x]] is a literal [x]', () => {
    const { ctx, unknown } = context();
    expect(renderShortcodes('Write [[gallery ids="1"]] to get one.', ctx)).toBe('Write [gallery ids="1"] to get one.');
    expect(unknown).toEqual([]);
  });
});

describe('embeds', () => {
  const player = (src: string, title: string) =>
    `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><iframe src="${src}" title="${title}" width="640" height="360" frameborder="0" allowfullscreen></iframe></div></figure>`;

  it('YouTube and Vimeo URLs become the provider\'s player, in a figure the converter knows', () => {
    expect(embedHtml('https://www.youtube.com/watch?v=aBcDeFgHiJk&t=3')).toBe(player('https://www.youtube.com/embed/aBcDeFgHiJk', 'YouTube video'));
    expect(embedHtml('https://youtu.be/aBcDeFgHiJk')).toBe(player('https://www.youtube.com/embed/aBcDeFgHiJk', 'YouTube video'));
    expect(embedHtml('https://vimeo.com/76979871')).toBe(player('https://player.vimeo.com/video/76979871', 'Vimeo video'));
  });

  it('a tweet becomes a twitter-tweet blockquote; anything else a plain link', () => {
    expect(embedHtml('https://twitter.com/gazette/status/1234567890')).toBe(
      '<blockquote class="twitter-tweet"><a href="https://twitter.com/gazette/status/1234567890">https://twitter.com/gazette/status/1234567890</a></blockquote>',
    );
    expect(embedHtml('https://x.com/gazette/status/42')).toContain('class="twitter-tweet"');
    expect(embedHtml('https://www.youtube.com/watch?v=short')).toBe('<a href="https://www.youtube.com/watch?v=short">https://www.youtube.com/watch?v=short</a>');
    expect(embedHtml('https://maps.example/a?b=1&c=2')).toBe('<a href="https://maps.example/a?b=1&amp;c=2">https://maps.example/a?b=1&amp;c=2</a>');
  });

  it('embeds [embed]URL[/embed] and a URL alone on its line, not a URL inside a sentence nor inside <pre>', () => {
    const html = applyEmbeds('[embed]https://vimeo.com/1[/embed]\nSee https://vimeo.com/2 here.\n  https://youtu.be/aBcDeFgHiJk  \n<pre>\nhttps://vimeo.com/3\n</pre>');
    expect(html).toContain('https://player.vimeo.com/video/1');
    expect(html).not.toContain('https://player.vimeo.com/video/2');
    expect(html).toContain('https://www.youtube.com/embed/aBcDeFgHiJk');
    expect(html).toContain('<pre>\nhttps://vimeo.com/3\n</pre>');
  });

  it('a URL alone in a block-editor embed goes inside its wrapper once', () => {
    const html = applyEmbeds('<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/76979871\n</div></figure>');
    expect(html.match(/wp-block-embed__wrapper/g)).toHaveLength(1);
    expect(html).toContain('<iframe src="https://player.vimeo.com/video/76979871"');
  });
});

describe('renderContent: WordPress\'s order (embeds, paragraphs, then shortcodes)', () => {
  it('a shortcode alone on its line is not wrapped in a paragraph; its output is not re-paragraphed', () => {
    const { ctx } = context();
    const html = renderContent('Intro\n\n[gallery ids="1"]\n\nhttps://maps.example/quay\n\nEnd', ctx);
    expect(html).toBe(
      '<p>Intro</p>\n<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="https://news.example/a.jpg" width="800" height="600" alt="A &quot;quoted&quot; alt"><figcaption>First &lt;caption&gt;</figcaption></figure></figure>\n<p><a href="https://maps.example/quay">https://maps.example/quay</a></p>\n<p>End</p>\n',
    );
  });
});

describe('hostile content', () => {
  it('stays linear with thousands of bracketed words, shortcodes and URL lines', () => {
    const { ctx } = context();
    const text = `${'[x] [note a="1"] https://maps.example/q\n'.repeat(20_000)}[/note]`;
    const started = performance.now();
    const html = renderContent(text, ctx);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(html).toContain('[x]');
  });

  it('escapes what it writes into attributes', () => {
    const { ctx } = context();
    expect(renderShortcodes('[video src=\'https://x.example/v.mp4"><script>alert(1)</script>\']', ctx)).toBe(
      '<video controls><source src="https://x.example/v.mp4&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></video>',
    );
  });
});

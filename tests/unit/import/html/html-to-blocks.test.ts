// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/model/block';
import { BodySchema } from '../../../../src/model/block';
import { htmlToBlocks, type HtmlToBlocksOptions } from '../../../../src/import/html/html-to-blocks';
import { htmlToText } from '../../../../src/import/html/plain-text';
import { parseHtml, MAX_DEPTH } from '../../../../src/import/html/parse-html';
import { parseSrcset } from '../../../../src/import/html/srcset';
import type { ImportWarning } from '../../../../src/import/warnings';
import { keepImageFor } from '../../../../src/import/image-hosts';

const BASE = 'https://news.example/2026/02/a-post/';

function convert(html: string, options: HtmlToBlocksOptions = {}): { blocks: Block[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const blocks = htmlToBlocks(html, { baseUrl: BASE, ...options, warn: (kind, detail, subject) => warnings.push({ kind, detail, subject }) });
  return { blocks, warnings };
}
const blocksOf = (html: string, options?: HtmlToBlocksOptions) => convert(html, options).blocks;
const text = (t: string) => ({ type: 'text', text: t });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('htmlToBlocks: the allowed elements', () => {
  it('reads paragraphs with entities decoded', () => {
    expect(blocksOf('<p>Fish &amp; chips &mdash; &#8220;hot&#8221; &lt;b&gt;</p><p>Second</p>')).toEqual([
      para(text('Fish & chips — “hot” <b>')),
      para(text('Second')),
    ]);
  });

  it('maps h2, h3 and h4 to their levels', () => {
    expect(blocksOf('<h2>Two</h2><h3>Three</h3><h4>Four</h4>')).toEqual([
      { type: 'heading', level: 2, content: [text('Two')] },
      { type: 'heading', level: 3, content: [text('Three')] },
      { type: 'heading', level: 4, content: [text('Four')] },
    ]);
  });

  it('maps h1 to level 2, and h5 and h6 to level 4, without a warning', () => {
    const { blocks, warnings } = convert('<h1>One</h1><h5>Five</h5><h6>Six</h6>');
    expect(blocks).toEqual([
      { type: 'heading', level: 2, content: [text('One')] },
      { type: 'heading', level: 4, content: [text('Five')] },
      { type: 'heading', level: 4, content: [text('Six')] },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads em/strong, and i/b as em/strong, links and line breaks', () => {
    expect(blocksOf('<p><em>a</em> <i>b</i> <strong>c</strong> <b>d</b> <a href="https://x.example/">e</a><br>f</p>')).toEqual([
      para(
        { type: 'em', children: [text('a')] },
        text(' '),
        { type: 'em', children: [text('b')] },
        text(' '),
        { type: 'strong', children: [text('c')] },
        text(' '),
        { type: 'strong', children: [text('d')] },
        text(' '),
        { type: 'link', href: 'https://x.example/', children: [text('e')] },
        { type: 'break' },
        text('f'),
      ),
    ]);
  });

  it('reads a blockquote with nested paragraphs and its <cite>', () => {
    expect(blocksOf('<blockquote class="wp-block-quote"><p>One.</p><p>Two.</p><cite>Someone &amp; co</cite></blockquote>')).toEqual([
      { type: 'quote', blocks: [para(text('One.')), para(text('Two.'))], cite: 'Someone & co' },
    ]);
  });

  it('takes a <footer> attribution without its dash, and flattens headings, lists and nested quotes into the quote', () => {
    const html = '<blockquote><h3>Said</h3><ul><li>a</li></ul><blockquote><p>inner</p><cite>Inner</cite></blockquote><footer>— <cite>Outer</cite></footer></blockquote>';
    expect(blocksOf(html)).toEqual([
      { type: 'quote', blocks: [para(text('Said')), para(text('a')), para(text('inner'))], cite: 'Outer, Inner' },
    ]);
  });

  it('reads unordered and ordered lists, flattening nested lists after their parent item', () => {
    expect(blocksOf('<ul><li>a<ul><li>a.1</li></ul></li><li>b</li></ul><ol><li>one</li></ol>')).toEqual([
      { type: 'list', ordered: false, items: [[text('a')], [text('a.1')], [text('b')]] },
      { type: 'list', ordered: true, items: [[text('one')]] },
    ]);
  });

  it('reads figure/img/figcaption into an image with a caption', () => {
    expect(blocksOf('<figure class="wp-block-image"><img src="/i/a.jpg" width="800" height="600" alt="An &quot;A&quot;"><figcaption>The <em>caption</em></figcaption></figure>')).toEqual([
      { type: 'image', src: 'https://news.example/i/a.jpg', alt: 'An "A"', width: 800, height: 600, caption: 'The caption' },
    ]);
  });

  it('puts a figure caption shared by several images after them as a paragraph', () => {
    const blocks = blocksOf('<figure><img src="https://x.example/1.jpg" width="2" height="1"><img src="https://x.example/2.jpg" width="2" height="1"><figcaption>Both</figcaption></figure>');
    expect(blocks.map((b) => b.type)).toEqual(['image', 'image', 'paragraph']);
    expect(blocks[2]).toEqual(para(text('Both')));
  });

  it('lifts an image out of a paragraph (and out of a link around it, which becomes its link), splitting the text', () => {
    expect(blocksOf('<p>Before <a href="https://x.example/big.jpg"><img src="https://x.example/a.jpg" width="4" height="3"></a> after</p>')).toEqual([
      para(text('Before')),
      { type: 'image', src: 'https://x.example/a.jpg', alt: '', width: 4, height: 3, link: 'https://x.example/big.jpg' },
      para(text('after')),
    ]);
  });

  it('unwraps WordPress block wrappers and drops block comments', () => {
    const html = '<!-- wp:group --><div class="wp-block-group"><div class="wp-block-group__inner-container"><!-- wp:paragraph --><p>Inside</p><!-- /wp:paragraph --></div></div><!-- /wp:group -->';
    expect(blocksOf(html)).toEqual([para(text('Inside'))]);
  });

  it('drops paragraphs of &nbsp;, whitespace or line breaks only', () => {
    expect(blocksOf('<p>&nbsp;</p><p> \n </p><p><br><br></p><p>&nbsp;&nbsp;<em> </em></p><p>Kept</p>')).toEqual([para(text('Kept'))]);
  });

  it('collapses whitespace like a browser, across element boundaries', () => {
    expect(blocksOf('<p>\n  One   <em> two </em>\tthree <br>  four  </p>')).toEqual([
      para(text('One '), { type: 'em', children: [text('two ')] }, text('three'), { type: 'break' }, text('four')),
    ]);
  });

  it('gathers loose text between blocks into paragraphs', () => {
    expect(blocksOf('Loose <b>text</b><h2>H</h2>tail')).toEqual([
      para(text('Loose '), { type: 'strong', children: [text('text')] }),
      { type: 'heading', level: 2, content: [text('H')] },
      para(text('tail')),
    ]);
  });

  it('keeps the text of unknown elements (with a warning) and of quiet wrappers like span (without)', () => {
    const { blocks, warnings } = convert('<p><span>a</span> <marquee>b</marquee> <x-widget>c</x-widget></p>');
    expect(blocks).toEqual([para(text('a b c'))]);
    expect(warnings).toEqual([
      { kind: 'element-unwrapped', detail: '<marquee>', subject: undefined },
      { kind: 'element-unwrapped', detail: '<x-widget>', subject: undefined },
    ]);
  });

  it('reads a table as a table (more in convert-table.test.ts)', () => {
    expect(blocksOf('<table><tr><td>A1</td><td>B1</td></tr></table>')).toEqual([
      { type: 'table', head: [], body: [[{ content: [text('A1')] }, { content: [text('B1')] }]], foot: [] },
    ]);
  });

  it('keeps only the text of a link inside a link, of a bare #fragment link and of a link without href', () => {
    expect(blocksOf('<p><a href="https://a.example/">x <em><a href="https://b.example/">y</a></em></a> <a href="#note">z</a> <a name="n">w</a></p>')).toEqual([
      para({ type: 'link', href: 'https://a.example/', children: [text('x '), { type: 'em', children: [text('y')] }] }, text(' z w')),
    ]);
  });

  it('resolves relative links against the page, and drops them (text kept) without one', () => {
    expect(blocksOf('<p><a href="../other/">o</a></p>')).toEqual([para({ type: 'link', href: 'https://news.example/2026/02/other/', children: [text('o')] })]);
    const { blocks, warnings } = convert('<p><a href="/x">o</a></p>', { baseUrl: undefined });
    expect(blocks).toEqual([para(text('o'))]);
    expect(warnings[0]).toMatchObject({ kind: 'unsafe-url', detail: 'a href' });
  });

  it('turns protocol-relative URLs into https', () => {
    expect(blocksOf('<p><a href="//cdn.example/x">c</a></p>')).toEqual([para({ type: 'link', href: 'https://cdn.example/x', children: [text('c')] })]);
  });

  it('rewrites links with rewriteHref', () => {
    const rewriteHref = (href: string) => (href === 'https://news.example/2026/02/other/' ? '/article/other' : href);
    expect(blocksOf('<p><a href="/2026/02/other/">o</a> <a href="https://elsewhere.example/">e</a></p>', { rewriteHref })).toEqual([
      para({ type: 'link', href: '/article/other', children: [text('o')] }, text(' '), { type: 'link', href: 'https://elsewhere.example/', children: [text('e')] }),
    ]);
  });
});

describe('htmlToBlocks: images', () => {
  it('keeps width, height and a srcset of width descriptors', () => {
    const [image] = blocksOf('<img src="a.jpg" width="1200" height="800" srcset="a-300.jpg 300w, a.jpg 1200w, a-2x.jpg 2x, javascript:alert(1) 500w">');
    expect(image).toEqual({
      type: 'image',
      src: `${BASE}a.jpg`,
      alt: '',
      width: 1200,
      height: 800,
      srcset: [
        { src: `${BASE}a-300.jpg`, width: 300 },
        { src: `${BASE}a.jpg`, width: 1200 },
      ],
    });
  });

  it('takes a missing size from the media library (by wp-image-{id}), with a warning', () => {
    const seen: [string, number | undefined][] = [];
    const knownImage = (src: string, id: number | undefined) => {
      seen.push([src, id]);
      return { width: 1024, height: 683, srcset: [{ src: 'https://m.example/s.jpg', width: 300 }, { src: 'https://m.example/l.jpg', width: 1024 }] };
    };
    const { blocks, warnings } = convert('<img class="alignnone wp-image-102" src="https://m.example/l.jpg" alt="L">', { knownImage });
    expect(seen).toEqual([['https://m.example/l.jpg', 102]]);
    expect(blocks).toEqual([{ type: 'image', src: 'https://m.example/l.jpg', alt: 'L', width: 1024, height: 683, srcset: [{ src: 'https://m.example/s.jpg', width: 300 }, { src: 'https://m.example/l.jpg', width: 1024 }] }]);
    expect(warnings).toEqual([{ kind: 'image-size-from-media', detail: undefined, subject: 'https://m.example/l.jpg' }]);
  });

  it('keeps an image whose size is unknown at the default 3:2 shape, with a warning (more in image-size.test.ts)', () => {
    const { blocks, warnings } = convert('<p>Before <img src="https://m.example/x.png" width="100%"> after</p>');
    expect(blocks).toEqual([para(text('Before')), { type: 'image', src: 'https://m.example/x.png', alt: '', width: 1200, height: 800 }, para(text('after'))]);
    expect(warnings).toEqual([{ kind: 'image-size-assumed', detail: undefined, subject: 'https://m.example/x.png' }]);
  });

  it('looks past lazy-loading placeholders to data-src', () => {
    const [image] = blocksOf('<img src="data:image/gif;base64,R0lGOD" data-src="https://m.example/real.jpg" width="2" height="1">');
    expect(image).toMatchObject({ src: 'https://m.example/real.jpg' });
  });

  it('turns WordPress emoji images back into the emoji', () => {
    expect(blocksOf('<p>Great <img class="emoji" src="https://s.w.org/images/core/emoji/15/svg/1f389.svg" alt="🎉"> news</p>')).toEqual([para(text('Great 🎉 news'))]);
  });

  it('parses srcset candidates the way the HTML spec splits them', () => {
    const keep = (u: string) => u;
    expect(parseSrcset(' a.jpg 100w,b.jpg   200w , c,d.jpg 300w, e.jpg 1.5x, f.jpg', keep)).toEqual([
      { src: 'a.jpg', width: 100 },
      { src: 'b.jpg', width: 200 },
      { src: 'c,d.jpg', width: 300 },
    ]);
    expect(parseSrcset('b.jpg 200w, a.jpg 100w, dup.jpg 100w', keep).map((c) => c.src)).toEqual(['a.jpg', 'b.jpg']);
  });
});

describe('htmlToBlocks: an unclosed <svg> or <math>', () => {
  it('ends where HTML resumes, as a browser reads it: the story after it is kept, the drawing dropped', () => {
    expect(blocksOf('<p>Before</p><svg viewBox="0 0 1 1"><circle r="1"><p>After the drawing</p><p>More of the story</p>')).toEqual([
      para(text('Before')),
      para(text('After the drawing')),
      para(text('More of the story')),
    ]);
    expect(blocksOf('<math><mi>x</mi><p>The formula aside, prices rose.</p>')).toEqual([para(text('The formula aside, prices rose.'))]);
    expect(blocksOf('<p>One <svg><g><text>label</text><strong>bold</strong> rest</p>')).toEqual([para(text('One '), { type: 'strong', children: [text('bold')] }, text(' rest'))]);
  });

  it('a closed drawing, and HTML inside foreignObject, stay the drawing\'s (dropped)', () => {
    expect(blocksOf('<p>Before</p><svg><circle r="1"/></svg><p>After</p>')).toEqual([para(text('Before')), para(text('After'))]);
    expect(blocksOf('<svg><foreignObject><p>inside the drawing</p></foreignObject></svg><p>After</p>')).toEqual([para(text('After'))]);
  });
});

describe('htmlToBlocks: robustness', () => {
  it('survives nesting far deeper than MAX_DEPTH, keeping the text and warning once', () => {
    const depth = MAX_DEPTH * 20;
    const html = `${'<div>'.repeat(depth)}<p>Deep <script>hidden()</script>text</p>${'</div>'.repeat(depth)}`;
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([para(text('Deep text'))]);
    expect(warnings.filter((w) => w.kind === 'too-deep')).toHaveLength(1);
  });

  it('flattens emphasis nested far deeper than MAX_DEPTH into a body the model accepts (inline depth within its cap)', () => {
    const depth = MAX_DEPTH * 20;
    const html = `<p>${'<em><strong>'.repeat(depth)}deep${'</strong></em>'.repeat(depth)}</p>`;
    const { blocks, warnings } = convert(html);
    expect(BodySchema.safeParse(blocks).success).toBe(true);
    expect(warnings.filter((w) => w.kind === 'too-deep')).toHaveLength(1);
  });

  it('closes what the HTML leaves open, keeping every word', () => {
    expect(blocksOf('<p>One <em>two<p>three')).toEqual([para(text('One '), { type: 'em', children: [text('two three')] })]);
    expect(blocksOf('<ul><li>a<li>b</ul><p>c')).toEqual([{ type: 'list', ordered: false, items: [[text('a')], [text('b')]] }, para(text('c'))]);
  });

  it('gives schema-valid bodies for real-world WordPress markup', () => {
    const html = '<!-- wp:image --><figure class="wp-block-image size-full"><img decoding="async" src="https://m.example/a.jpg" alt="" class="wp-image-9" width="10" height="5"/></figure><!-- /wp:image --><p class="has-text-align-center" style="font-size:20px">Centred</p>';
    expect(BodySchema.safeParse(blocksOf(html)).success).toBe(true);
  });
});

describe('htmlToText and parseHtml', () => {
  it('decodes entities and drops markup and never-kept content', () => {
    expect(htmlToText('Caf&eacute; <em>&amp;</em> bar<script>x()</script>&nbsp;&#8211;&nbsp;open')).toBe('Café & bar – open');
    expect(htmlToText('<p>One</p><p>Two<br>Three</p>')).toBe('One Two Three');
  });

  it('lower-cases tag and attribute names and decodes attribute values', () => {
    const [p] = parseHtml('<P CLASS="a&amp;b">x</P>');
    expect(p).toEqual({ kind: 'element', name: 'p', attrs: { class: 'a&b' }, children: [{ kind: 'text', text: 'x' }] });
  });
});

describe('htmlToBlocks: images on private addresses', () => {
  const html =
    '<img src="http://169.254.169.254/latest/a.png" width="10" height="10">' +
    '<img src="http://10.0.0.2/b.png" width="10" height="10">' +
    '<img src="http://127.0.0.1:8080/c.png" width="10" height="10">' +
    '<img src="https://cdn.example/d.png" width="10" height="10" alt="" srcset="http://[fd00::1]/d-300.png 300w, https://cdn.example/d-600.png 600w, https://cdn.example/d-900.png 900w">';
  const privateWarnings = (warnings: ImportWarning[]) => warnings.filter((w) => w.kind === 'image-private-address').map((w) => w.subject);

  it('drops images on private, link-local and loopback addresses with a warning, and leaves such srcset candidates out', () => {
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([
      {
        type: 'image',
        src: 'https://cdn.example/d.png',
        alt: '',
        width: 10,
        height: 10,
        srcset: [
          { src: 'https://cdn.example/d-600.png', width: 600 },
          { src: 'https://cdn.example/d-900.png', width: 900 },
        ],
      },
    ]);
    expect(privateWarnings(warnings)).toEqual(['http://169.254.169.254/latest/a.png', 'http://10.0.0.2/b.png', 'http://127.0.0.1:8080/c.png']);
  });

  it('keeps loopback images when the site itself is on loopback, never link-local ones', () => {
    const { blocks, warnings } = convert(html, { keepImage: keepImageFor('http://127.0.0.1:8080/') });
    expect(blocks.map((b) => (b.type === 'image' ? b.src : b.type))).toEqual(['http://127.0.0.1:8080/c.png', 'https://cdn.example/d.png']);
    expect(privateWarnings(warnings)).toEqual(['http://169.254.169.254/latest/a.png', 'http://10.0.0.2/b.png']);
  });
});

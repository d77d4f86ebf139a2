// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, convert, kinds, link, para, text } from './convert-helpers';

describe('pull quotes', () => {
  it('reads figure.wp-block-pullquote and the older blockquote.wp-block-pullquote with their citation', () => {
    expect(blocksOf('<figure class="wp-block-pullquote"><blockquote><p>The sea <strong>decides</strong>.</p><p>We wait.</p><cite>A harbour master</cite></blockquote></figure>')).toEqual([
      { type: 'pullquote', blocks: [para(text('The sea '), { type: 'strong', children: [text('decides')] }, text('.')), para(text('We wait.'))], cite: 'A harbour master' },
    ]);
    expect(blocksOf('<blockquote class="wp-block-pullquote"><p>Older.</p><footer>— Someone</footer></blockquote>')).toEqual([{ type: 'pullquote', blocks: [para(text('Older.'))], cite: 'Someone' }]);
  });
});

describe('separators', () => {
  it('keeps an <hr> between content as a separator, none at the start or end, never two in a row', () => {
    expect(blocksOf('<hr><p>One</p><hr class="wp-block-separator"/><hr/><p>Two</p><hr>')).toEqual([para(text('One')), { type: 'separator' }, para(text('Two'))]);
    expect(blocksOf('<hr><hr>')).toEqual([]);
  });

  it('splits a paragraph at an <hr> met in text', () => {
    expect(blocksOf('<p><span>Before<hr>After</span></p>').map((b) => b.type)).toEqual(['paragraph', 'separator', 'paragraph']);
  });

  it('tidies separators inside a disclosure too', () => {
    expect(blocksOf('<details><summary>S</summary><hr><p>x</p><hr></details>')).toEqual([{ type: 'details', summary: [text('S')], blocks: [para(text('x'))] }]);
    expect(blocksOf('<details><summary>S</summary><hr></details>')).toEqual([para(text('S'))]);
  });
});

describe('description lists', () => {
  it('reads each term as a bold paragraph, each description as its paragraphs', () => {
    expect(blocksOf('<dl class="wp-block-description-list"><dt>Ebb</dt><dd>The tide going out.</dd><dt>Flood</dt><dd><p>Coming in.</p></dd></dl>')).toEqual([
      para({ type: 'strong', children: [text('Ebb')] }),
      para(text('The tide going out.')),
      para({ type: 'strong', children: [text('Flood')] }),
      para(text('Coming in.')),
    ]);
  });
});

describe('file blocks', () => {
  it('turns div.wp-block-file into a file: the link\'s address and text, without the Download button or the PDF preview', () => {
    const html =
      '<div class="wp-block-file"><object class="wp-block-file__embed" data="https://cdn.example/up/budget.pdf" type="application/pdf" style="width:100%;height:600px"></object>' +
      '<a id="wp-block-file--media-1" href="https://cdn.example/up/budget.pdf">Harbour budget 2026</a><a href="https://cdn.example/up/budget.pdf" class="wp-block-file__button" download>Download</a></div>';
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([{ type: 'file', href: 'https://cdn.example/up/budget.pdf', title: 'Harbour budget 2026' }]);
    expect(warnings).toEqual([]);
  });

  it('names a file block with only a button after the file, and refuses an unsafe address', () => {
    expect(blocksOf('<div class="wp-block-file"><a href="/up/Tide%20tables.xlsx" class="wp-block-file__button" download>Download</a></div>')).toEqual([
      { type: 'file', href: 'https://news.example/up/Tide%20tables.xlsx', title: 'Tide tables.xlsx' },
    ]);
    const { blocks, warnings } = convert('<div class="wp-block-file"><a href="javascript:alert(1)">Report</a></div>');
    expect(blocks).toEqual([para(text('Report'))]);
    expect(kinds(warnings)).toEqual(['unsafe-url a href']);
  });

  it('leaves a link to a PDF in a paragraph a link', () => {
    expect(blocksOf('<p><a href="https://cdn.example/r.pdf">The report (PDF)</a></p>')).toEqual([para(link('https://cdn.example/r.pdf', text('The report (PDF)')))]);
  });
});

describe('formulas', () => {
  it('keeps a formula as its TeX source, a code block on its own and inline code in text, counted', () => {
    const math = (display: string) => `<math display="${display}"><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics></math>`;
    const { blocks, warnings } = convert(`<div class="wp-block-math">${math('block')}</div><p>So ${math('inline')} grows.</p>`);
    expect(blocks).toEqual([{ type: 'code', text: 'x^2', language: 'latex' }, para(text('So '), { type: 'code', text: 'x^2' }, text(' grows.'))]);
    expect(kinds(warnings)).toEqual(['math-as-tex', 'math-as-tex']);
  });

  it('drops a formula without TeX, with a warning', () => {
    const { blocks, warnings } = convert('<p>a</p><math><mi>y</mi></math>');
    expect(blocks).toEqual([para(text('a'))]);
    expect(kinds(warnings)).toEqual(['element-dropped <math> without TeX']);
  });
});

describe('embed scripts and other losses are counted', () => {
  it('counts an embed\'s loader script apart from other scripts', () => {
    const { warnings } = convert('<script async src="https://platform.twitter.com/widgets.js"></script><script src="https://news.example/wp-includes/js/wp-embed.min.js"></script><script>track()</script>');
    expect(kinds(warnings)).toEqual(['embed-script-dropped platform.twitter.com', 'embed-script-dropped news.example', 'element-dropped <script>']);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock } from '../../../../src/model/block';
import type { Inline } from '../../../../src/model/inline';
import {
  CLEANUP_STEPS,
  collapseWhitespace,
  dropEmptyBlocks,
  dropEmptyInlines,
  mergeAdjacentText,
  rewriteLinks,
  runSteps,
  trimBreaks,
} from '../../../../src/import/html/steps';

const text = (t: string): Inline => ({ type: 'text', text: t });
const br: Inline = { type: 'break' };
const em = (...children: Inline[]): Inline => ({ type: 'em', children });
const link = (href: string, ...children: Inline[]): Inline => ({ type: 'link', href, children });
const para = (...content: Inline[]): ParagraphBlock => ({ type: 'paragraph', content });

describe('mergeAdjacentText', () => {
  it('joins neighbouring text nodes at every depth', () => {
    expect(mergeAdjacentText([para(text('a'), text('b'), em(text('c'), text('d')), text('e'))])).toEqual([para(text('ab'), em(text('cd')), text('e'))]);
  });

  it('works in headings, list items and quote paragraphs', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, content: [text('a'), text('b')] },
      { type: 'list', ordered: false, items: [[text('x'), text('y')]] },
      { type: 'quote', blocks: [{ type: 'paragraph', content: [text('q'), text('r')] }] },
    ];
    expect(mergeAdjacentText(blocks)).toEqual([
      { type: 'heading', level: 2, content: [text('ab')] },
      { type: 'list', ordered: false, items: [[text('xy')]] },
      { type: 'quote', blocks: [{ type: 'paragraph', content: [text('qr')] }] },
    ]);
  });

  it('returns unchanged blocks as they were (no copies)', () => {
    const block = para(text('a'), em(text('b')));
    expect(mergeAdjacentText([block])[0]).toBe(block);
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs, trims the ends and around line breaks, across elements', () => {
    expect(collapseWhitespace([para(text('  a \n\t b '), em(text(' c ')), text(' d '), br, text('  e  '))])).toEqual([
      para(text('a b '), em(text('c ')), text('d'), br, text('e')),
    ]);
  });

  it('leaves no-break spaces alone', () => {
    expect(collapseWhitespace([para(text('10\u00a0km'))])).toEqual([para(text('10\u00a0km'))]);
  });

  it('tidies captions, alt texts and quote attributions, removing empty ones', () => {
    const blocks: Block[] = [
      { type: 'image', src: 'https://x.example/a.jpg', alt: ' An \n image ', width: 1, height: 1, caption: '   ' },
      { type: 'quote', blocks: [para(text('q'))], cite: '  Some   one ' },
    ];
    expect(collapseWhitespace(blocks)).toEqual([
      { type: 'image', src: 'https://x.example/a.jpg', alt: 'An image', width: 1, height: 1 },
      { type: 'quote', blocks: [para(text('q'))], cite: 'Some one' },
    ]);
  });
});

describe('dropEmptyInlines', () => {
  it('removes empty text and unwraps emphasis and links that show nothing, keeping their spaces', () => {
    expect(dropEmptyInlines([para(text('a'), em(), text(''), link('https://x.example/', text(' ')), em(text('')), text('b'))])).toEqual([
      para(text('a'), text(' '), text('b')),
    ]);
  });

  it('keeps emphasis around a line break, but not a link around only a break', () => {
    expect(dropEmptyInlines([para(em(br), link('https://x.example/', br))])).toEqual([para(em(br))]);
  });
});

describe('trimBreaks', () => {
  it('removes line breaks at the start and end only', () => {
    expect(trimBreaks([para(br, br, text('a'), br, text('b'), br)])).toEqual([para(text('a'), br, text('b'))]);
  });
});

describe('dropEmptyBlocks', () => {
  it('drops paragraphs and headings of whitespace, no-break and zero-width spaces, or breaks', () => {
    const blocks: Block[] = [
      para(text('\u00a0')),
      para(text('\u200b'), br),
      { type: 'heading', level: 2, content: [em(text(' '))] },
      para(text('kept')),
    ];
    expect(dropEmptyBlocks(blocks)).toEqual([para(text('kept'))]);
  });

  it('drops empty list items, then lists and quotes left empty', () => {
    const blocks: Block[] = [
      { type: 'list', ordered: true, items: [[text(' ')], [text('one')]] },
      { type: 'list', ordered: false, items: [[text('')]] },
      { type: 'quote', blocks: [para(text('\u00a0'))], cite: 'Nobody' },
    ];
    expect(dropEmptyBlocks(blocks)).toEqual([{ type: 'list', ordered: true, items: [[text('one')]] }]);
  });

  it('keeps images and embeds', () => {
    const image: Block = { type: 'image', src: 'https://x.example/a.jpg', alt: '', width: 1, height: 1 };
    expect(dropEmptyBlocks([image])).toEqual([image]);
  });
});

describe('rewriteLinks', () => {
  it('rewrites an image\'s link, a file\'s address and a link card\'s, not a frame\'s page, also inside a disclosure', () => {
    const step = rewriteLinks((href) => href.replace('https://old.example/', '/article/'));
    const image: Block = { type: 'image', src: 'https://old.example/i.jpg', alt: '', width: 2, height: 1, link: 'https://old.example/a' };
    const file: Block = { type: 'file', href: 'https://old.example/b', title: 'B' };
    const card: Block = { type: 'embed', provider: 'old.example', url: 'https://old.example/c', title: 'C' };
    const frame: Block = { type: 'embed', provider: 'Datawrapper', url: 'https://old.example/d', title: 'D', frame: { provider: 'datawrapper', src: 'https://datawrapper.dwcdn.net/d/1/' } };
    expect(step([image, file, card, frame, { type: 'details', summary: [text('S')], blocks: [file] }])).toEqual([
      { ...image, link: '/article/a' },
      { ...file, href: '/article/b' },
      { ...card, url: '/article/c' },
      frame,
      { type: 'details', summary: [text('S')], blocks: [{ ...file, href: '/article/b' }] },
    ]);
  });

  it('rewrites every href, however deep', () => {
    const step = rewriteLinks((href) => href.replace('https://old.example/', '/article/'));
    expect(step([para(em(link('https://old.example/a', text('a')))), { type: 'list', ordered: false, items: [[link('https://other.example/', text('o'))]] }])).toEqual([
      para(em(link('/article/a', text('a')))),
      { type: 'list', ordered: false, items: [[link('https://other.example/', text('o'))]] },
    ]);
  });
});

describe('CLEANUP_STEPS', () => {
  it('tidies a messy draft into clean blocks', () => {
    const draft: Block[] = [para(text(' '), br, text(' Hello '), em(text(' ')), text('  world '), br), para(text('\u00a0')), para(link('https://x.example/', text('')))];
    expect(runSteps(draft, CLEANUP_STEPS)).toEqual([para(text('Hello world'))]);
  });

  it('is a fixed point: running it twice changes nothing', () => {
    const draft: Block[] = [para(text(' a '), em(text(' b ')), link('https://x.example/', text(' ')), text(' c'), br)];
    const once = runSteps(draft, CLEANUP_STEPS);
    expect(runSteps(once, CLEANUP_STEPS)).toEqual(once);
  });
});

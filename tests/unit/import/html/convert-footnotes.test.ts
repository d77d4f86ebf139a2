// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, convert, kinds, para, text } from './convert-helpers';

const ID1 = '5b1c9a2e-7d7a-4c1e-9f4e-0c2b8f6d1a11';
const ID2 = 'f00d-2';
const mark = (id: string, n: number) => `<sup data-fn="${id}" class="fn"><a href="#${id}" id="${id}-link">${n}</a></sup>`;
const item = (id: string, words: string) => `<li id="${id}">${words} <a href="#${id}-link" aria-label="Jump to footnote reference">↩︎</a></li>`;

describe('footnotes', () => {
  it('turns WordPress\'s footnote marks and list into notes and a footnotes block, without the back-links', () => {
    const html = `<p>The pier was rebuilt${mark(ID1, 1)} twice${mark(ID2, 2)}.</p><ol class="wp-block-footnotes">${item(ID1, 'In 1921.')}${item(ID2, 'And in <em>1987</em>.')}</ol>`;
    expect(blocksOf(html)).toEqual([
      para(text('The pier was rebuilt'), { type: 'note', id: ID1 }, text(' twice'), { type: 'note', id: ID2 }, text('.')),
      {
        type: 'footnotes',
        items: [
          { id: ID1, content: [text('In 1921.')] },
          { id: ID2, content: [text('And in '), { type: 'em', children: [text('1987')] }, text('.')] },
        ],
      },
    ]);
  });

  it('sanitises ids the same way on marks and items (Markdown\'s fn:1)', () => {
    const html = '<p>Salt<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup>.</p><div class="footnotes"><ol><li id="fn:1"><p>From the flats. <a href="#fnref:1" class="reversefootnote">&#8617;</a></p></li></ol></div>';
    expect(blocksOf(html)).toEqual([para(text('Salt'), { type: 'note', id: 'fn-1' }, text('.')), { type: 'footnotes', items: [{ id: 'fn-1', content: [text('From the flats.')] }] }]);
  });

  it('keeps a mark whose footnote never comes as its number in superscript, counted: never a note without an item', () => {
    const { blocks, warnings } = convert(`<p>Orphan${mark('gone', 3)} here.</p><ol class="wp-block-footnotes">${item(ID1, 'Unrelated.')}</ol>`);
    expect(blocks[0]).toEqual(para(text('Orphan'), { type: 'sup', children: [text('3')] }, text(' here.')));
    expect(kinds(warnings)).toEqual(['note-without-item']);
  });

  it('keeps a footnote given twice once, where it first appears (the model refuses a repeated id)', () => {
    const list = `<ol class="wp-block-footnotes">${item(ID1, 'In 1921.')}</ol>`;
    const blocks = blocksOf(`<p>Rebuilt${mark(ID1, 1)}.</p>${list}<p>Again${mark(ID1, 1)}.</p>${list}`);
    expect(blocks.filter((b) => b.type === 'footnotes')).toEqual([{ type: 'footnotes', items: [{ id: ID1, content: [text('In 1921.')] }] }]);
    expect(blocks.at(-1)).toEqual(para(text('Again'), { type: 'note', id: ID1 }, text('.')));
  });

  it('resolves a mark whose footnote the clean-up emptied', () => {
    const { blocks, warnings } = convert(`<p>Mark${mark(ID1, 1)}</p><ol class="wp-block-footnotes"><li id="${ID1}"> <a href="#${ID1}-link">↩︎</a></li></ol>`);
    expect(blocks).toEqual([para(text('Mark'), { type: 'sup', children: [text('1')] })]);
    expect(kinds(warnings)).toEqual(['note-without-item']);
  });

  it('leaves an ordinary superscript alone, and refuses ids the model cannot hold', () => {
    expect(blocksOf('<p>10<sup>3</sup> and <sup><a href="#">x</a></sup></p>')).toEqual([
      para(text('10'), { type: 'sup', children: [text('3')] }, text(' and '), { type: 'sup', children: [text('x')] }),
    ]);
  });
});

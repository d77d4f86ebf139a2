// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, convert, para, text } from './convert-helpers';

describe('details and accordions', () => {
  it('turns <details> into a details block: the summary, then its blocks', () => {
    expect(blocksOf('<details class="wp-block-details"><summary>Full statement</summary><p>We regret the delay.</p><ul><li>one</li></ul></details>')).toEqual([
      { type: 'details', summary: [text('Full statement')], blocks: [para(text('We regret the delay.')), { type: 'list', ordered: false, items: [[text('one')]] }] },
    ]);
  });

  it('reads a heading inside the summary as the summary\'s text', () => {
    expect(blocksOf('<details><summary><h2 class="wp-block-details-summary__summary">Timetable</h2></summary><p>Hourly.</p></details>')).toEqual([
      { type: 'details', summary: [text('Timetable')], blocks: [para(text('Hourly.'))] },
    ]);
  });

  it('opens a nested disclosure inside (its summary in bold), and unwraps a details without a summary or without blocks', () => {
    expect(blocksOf('<details><summary>Outer</summary><details><summary>Inner</summary><p>Deep.</p></details></details>')).toEqual([
      { type: 'details', summary: [text('Outer')], blocks: [para({ type: 'strong', children: [text('Inner')] }), para(text('Deep.'))] },
    ]);
    expect(blocksOf('<details><p>No summary.</p></details>')).toEqual([para(text('No summary.'))]);
    expect(blocksOf('<details><summary>Only a summary</summary> <p> </p></details>')).toEqual([para(text('Only a summary'))]);
  });

  it('turns WordPress\'s accordion item into a details block, the toggle\'s text its summary, the icon left out', () => {
    const html =
      '<div role="group" class="wp-block-accordion"><div class="wp-block-accordion-item"><h3 class="wp-block-accordion-heading">' +
      '<button type="button" class="wp-block-accordion-heading__toggle"><span class="wp-block-accordion-heading__toggle-title">When do boats run?</span><span class="wp-block-accordion-heading__toggle-icon" aria-hidden="true">+</span></button>' +
      '</h3><div role="region" class="wp-block-accordion-panel"><p>Every hour.</p></div></div></div>';
    expect(blocksOf(html)).toEqual([{ type: 'details', summary: [text('When do boats run?')], blocks: [para(text('Every hour.'))] }]);
  });

  it('keeps the text of a heading holding a toggle button (the ARIA accordion pattern), not of other buttons', () => {
    const { blocks, warnings } = convert('<h3><button aria-expanded="false" aria-controls="p1">Fares <span aria-hidden="true">▾</span></button></h3><p>Text <button>Buy now</button> end.</p>');
    expect(blocks).toEqual([{ type: 'heading', level: 3, content: [text('Fares')] }, para(text('Text end.'))]);
    expect(warnings.map((w) => w.detail)).toEqual(['<button>']);
  });
});

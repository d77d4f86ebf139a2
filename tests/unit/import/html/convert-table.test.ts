// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, convert, kinds, link, text } from './convert-helpers';

const cell = (t: string, extra: object = {}) => ({ content: [text(t)], ...extra });

describe('tables', () => {
  it('reads head, body and foot rows, header cells, and the <caption>', () => {
    const html =
      '<figure class="wp-block-table"><table class="has-fixed-layout"><caption>Sailings per day</caption>' +
      '<thead><tr><th>Route</th><th>Weekdays</th></tr></thead>' +
      '<tbody><tr><th scope="row">North</th><td><a href="/north">12</a></td></tr><tr><td>South</td><td>8</td></tr></tbody>' +
      '<tfoot><tr><td>Total</td><td>20</td></tr></tfoot></table></figure>';
    expect(blocksOf(html)).toEqual([
      {
        type: 'table',
        caption: 'Sailings per day',
        head: [[cell('Route', { header: true }), cell('Weekdays', { header: true })]],
        body: [
          [cell('North', { header: true }), { content: [link('https://news.example/north', text('12'))] }],
          [cell('South'), cell('8')],
        ],
        foot: [[cell('Total'), cell('20')]],
      },
    ]);
  });

  it('takes a first row of header cells as the head when there is no <thead>', () => {
    const [table] = blocksOf('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(table).toMatchObject({ head: [[cell('A', { header: true }), cell('B', { header: true })]], body: [[cell('1'), cell('2')]] });
  });

  it('keeps spans, bounded, and alignment from has-text-align-*, style and data-align', () => {
    const html =
      '<table><tbody><tr><td colspan="2" class="has-text-align-center" data-align="center">Wide</td><td rowspan="3" style="text-align: right">Tall</td>' +
      '<td colspan="100000">Huge</td><td rowspan="5000" align="left">Long</td><td colspan="1">One</td><td colspan="x">Junk</td></tr></tbody></table>';
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([
      {
        type: 'table',
        head: [],
        body: [
          [
            cell('Wide', { colspan: 2, align: 'center' }),
            cell('Tall', { rowspan: 3, align: 'end' }),
            cell('Huge', { colspan: 100 }),
            cell('Long', { rowspan: 1000, align: 'start' }),
            cell('One'),
            cell('Junk'),
          ],
        ],
        foot: [],
      },
    ]);
    expect(kinds(warnings)).toEqual(['table-span-capped colspan', 'table-span-capped rowspan']);
  });

  it('reads a table nested in a cell as its text, counted, and lifts images out of cells', () => {
    const { blocks, warnings } = convert('<table><tr><td>Outer <table><tr><td>inner one</td><td>inner two</td></tr></table></td><td><img src="https://cdn.example/i.png" width="4" height="3" alt="Map"></td></tr></table>');
    expect(blocks).toEqual([
      { type: 'table', head: [], body: [[cell('Outer inner one inner two'), { content: [] }]], foot: [] },
      { type: 'image', src: 'https://cdn.example/i.png', alt: 'Map', width: 4, height: 3 },
    ]);
    expect(kinds(warnings)).toEqual(['table-as-text']);
  });

  it('closes what the HTML leaves open, and drops a table with nothing in it', () => {
    expect(blocksOf('<table><tr><td>a<td>b<tr><td>c')).toEqual([{ type: 'table', head: [], body: [[cell('a'), cell('b')], [cell('c')]], foot: [] }]);
    expect(blocksOf('<table><tr><td> </td></tr></table><table></table><p>After</p>')).toEqual([{ type: 'paragraph', content: [text('After')] }]);
  });

  it('reads a table inside a list item as text, counted', () => {
    const { blocks, warnings } = convert('<ul><li>See <table><tr><td>x</td></tr></table></li></ul>');
    expect(blocks).toEqual([{ type: 'list', ordered: false, items: [[text('See x')]] }]);
    expect(kinds(warnings)).toEqual(['table-as-text']);
  });

  it('shows content misplaced between rows before the table, as browsers do', () => {
    expect(blocksOf('<table><p>Note first</p><tr><td>a</td>loose<td>b</td></tr></table>')).toEqual([
      { type: 'paragraph', content: [text('Note first')] },
      { type: 'paragraph', content: [text('loose')] },
      { type: 'table', head: [], body: [[cell('a'), cell('b')]], foot: [] },
    ]);
  });
});

import { useId, type CSSProperties } from 'react';
import type { TableBlock as Table, TableCell } from '../../../model/block';
import { Inlines } from './Inlines';
import { ScrollRegion } from './ScrollRegion';
import { useRichWords } from './rich-words';

type Part = 'head' | 'body' | 'foot';

const ALIGN: Record<string, CSSProperties['textAlign']> = { start: 'start', center: 'center', end: 'end' };

const span = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n > 1 ? n : undefined);

function Cell({ cell, part }: { cell: TableCell; part: Part }) {
  const content = cell.content ?? [];
  // In the head every cell heads its column (an empty corner cell heads nothing); elsewhere a header cell heads its row.
  const header = part === 'head' ? content.length > 0 : cell.header === true;
  const props = {
    colSpan: span(cell.colspan),
    rowSpan: span(cell.rowspan),
    style: cell.align && ALIGN[cell.align] ? { textAlign: ALIGN[cell.align] } : undefined,
  };
  const inner = <Inlines content={content} />;
  return header ? <th scope={part === 'head' ? 'col' : 'row'} {...props}>{inner}</th> : <td {...props}>{inner}</td>;
}

function Rows({ rows, part }: { rows: readonly TableCell[][]; part: Part }) {
  return rows.map((row, r) => (
    <tr key={r}>
      {row.map((cell, c) => (
        <Cell key={c} cell={cell} part={part} />
      ))}
    </tr>
  ));
}

/** A real table (caption, head, body, foot, header cells with their scope) that scrolls sideways within itself on a narrow screen. */
export function TableBlock({ block }: { block: Table }) {
  const words = useRichWords();
  const captionId = useId();
  const head = block.head ?? [];
  const body = block.body ?? [];
  const foot = block.foot ?? [];
  return (
    <ScrollRegion className="table-scroll" labelledBy={block.caption ? captionId : undefined} label={words.table}>
      <table className="table">
        {block.caption && <caption id={captionId}>{block.caption}</caption>}
        {head.length > 0 && (
          <thead>
            <Rows rows={head} part="head" />
          </thead>
        )}
        {body.length > 0 && (
          <tbody>
            <Rows rows={body} part="body" />
          </tbody>
        )}
        {foot.length > 0 && (
          <tfoot>
            <Rows rows={foot} part="foot" />
          </tfoot>
        )}
      </table>
    </ScrollRegion>
  );
}

import type { Block, TableBlock, TableCell } from '../../model/block';
import type { Inline } from '../../model/inline';
import type { ConvertContext } from './context';
import { convertInlines } from './convert-inlines';
import { flowInlines } from './flow';
import { classList, isElement, type HtmlElement, type HtmlNode } from './html-node';
import { nodesToText } from './plain-text';
import type { ReadBlocks } from './read-blocks';
import { positiveInt } from './srcset';

/** The model's bounds on spans (CellSchema). */
const MAX_COLSPAN = 100;
const MAX_ROWSPAN = 1000;

type Align = NonNullable<TableCell['align']>;
/** left/right are read for a left-to-right page, the way WordPress's editor writes them. */
const ALIGN: Readonly<Record<string, Align>> = { left: 'start', start: 'start', center: 'center', right: 'end', end: 'end' };

function alignOf(cell: HtmlElement): Align | undefined {
  for (const name of classList(cell)) {
    const match = /^has-text-align-(\w+)$/.exec(name);
    if (match && ALIGN[match[1]!]) return ALIGN[match[1]!];
  }
  const fromStyle = /(?:^|;)\s*text-align\s*:\s*(\w+)/i.exec(cell.attrs.style ?? '')?.[1]?.toLowerCase();
  const value = fromStyle ?? cell.attrs['data-align']?.trim().toLowerCase() ?? cell.attrs.align?.trim().toLowerCase();
  return value ? ALIGN[value] : undefined;
}

function span(cell: HtmlElement, name: 'colspan' | 'rowspan', max: number, ctx: ConvertContext): number | undefined {
  const raw = cell.attrs[name];
  const n = positiveInt(raw) ?? (raw !== undefined && /^\s*\d{7,}\s*$/.test(raw) ? max + 1 : undefined);
  if (n === undefined || n < 2) return undefined;
  if (n > max) {
    ctx.warn('table-span-capped', name);
    return max;
  }
  return n;
}

/** Contents of a cell: inline content only (a table nested in it reads as its text, see convertInlineElement). */
function cellContent(cell: HtmlElement, ctx: ConvertContext, lifted: Block[]): Inline[] {
  return flowInlines(convertInlines(cell.children, ctx), lifted);
}

function convertCell(cell: HtmlElement, ctx: ConvertContext, lifted: Block[]): TableCell {
  const scope = cell.attrs.scope?.trim().toLowerCase();
  const header = cell.name === 'th' || scope === 'row' || scope === 'col';
  const colspan = span(cell, 'colspan', MAX_COLSPAN, ctx);
  const rowspan = span(cell, 'rowspan', MAX_ROWSPAN, ctx);
  const align = alignOf(cell);
  return {
    content: cellContent(cell, ctx, lifted),
    ...(header ? { header: true } : {}),
    ...(colspan ? { colspan } : {}),
    ...(rowspan ? { rowspan } : {}),
    ...(align ? { align } : {}),
  };
}

interface Sections {
  head: TableCell[][];
  body: TableCell[][];
  foot: TableCell[][];
  caption: HtmlNode[];
}

const isBlank = (node: HtmlNode) => node.kind === 'text' && node.text.trim() === '';

/** Collects rows; anything else met between rows and cells (text, a stray <p>) goes to `stray`. */
function readRows(nodes: readonly HtmlNode[], into: TableCell[][], ctx: ConvertContext, lifted: Block[], stray: HtmlNode[]): void {
  for (const node of nodes) {
    if (!isElement(node, 'tr')) {
      if (!isBlank(node)) stray.push(node);
      continue;
    }
    const cells: TableCell[] = [];
    for (const child of node.children) {
      if (isElement(child, 'td', 'th')) cells.push(convertCell(child, ctx, lifted));
      else if (!isBlank(child)) stray.push(child);
    }
    if (cells.length > 0) into.push(cells);
  }
}

/**
 * <table> (and WordPress's figure.wp-block-table around it) → a table: head, body and foot rows, header
 * cells, spans (bounded), alignment (has-text-align-*, text-align, data-align), the <caption> (or the
 * figure's caption, set by convertFigure). A first row of header cells with no <thead> is the head.
 * Images met in cells follow the table; content misplaced between rows comes before it.
 */
export function convertTable(table: HtmlElement, ctx: ConvertContext, readBlocks: ReadBlocks): Block[] {
  const lifted: Block[] = [];
  const sections: Sections = { head: [], body: [], foot: [], caption: [] };
  const rows: HtmlNode[] = [];
  const stray: HtmlNode[] = [];
  for (const child of table.children) {
    if (child.kind !== 'element') {
      if (!isBlank(child)) stray.push(child);
    } else if (child.name === 'thead') readRows(child.children, sections.head, ctx, lifted, stray);
    else if (child.name === 'tbody') readRows(child.children, sections.body, ctx, lifted, stray);
    else if (child.name === 'tfoot') readRows(child.children, sections.foot, ctx, lifted, stray);
    else if (child.name === 'caption') sections.caption.push(...child.children);
    else if (child.name === 'tr') rows.push(child);
    else if (child.name !== 'colgroup' && child.name !== 'col') stray.push(child);
  }
  readRows(rows, sections.body, ctx, lifted, stray);
  // Content misplaced between rows is shown before the table, as browsers do ("foster parenting").
  const before = stray.length > 0 ? readBlocks(stray, ctx) : [];
  const first = sections.body[0];
  if (sections.head.length === 0 && sections.body.length > 1 && first?.every((cell) => cell.header)) sections.head.push(sections.body.shift()!);
  if (sections.head.length + sections.body.length === 0) {
    sections.body.push(...sections.foot.splice(0));
    if (sections.body.length === 0) return [...before, ...lifted];
  }
  const caption = nodesToText(sections.caption);
  const block: TableBlock = {
    type: 'table',
    ...(caption ? { caption } : {}),
    head: sections.head,
    body: sections.body,
    foot: sections.foot,
  };
  return [...before, block, ...lifted];
}

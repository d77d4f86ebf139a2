import type { Block } from '../../../model/block';
import type { Inline } from '../../../model/inline';
import { collapsePlainText } from '../plain-text';
import { onInlines, type BlockStep } from './step';

/** HTML's collapsible whitespace (not the no-break space, which the author asked for). */
const HTML_SPACE = /[ \t\n\r\f]+/g;
const isHtmlSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';

/** Something to collapse: a whitespace character other than a space, or two whitespace characters in a row. */
const COLLAPSIBLE = /[\t\n\r\f]| [ \t\n\r\f]/;

/** Runs of HTML whitespace → one space. Returns the same string when there is nothing to collapse (the common case). */
function collapseRuns(text: string): string {
  return COLLAPSIBLE.test(text) ? text.replace(HTML_SPACE, ' ') : text;
}

interface Pass {
  /** Forward: the previous character shown was a space (or there was none yet). Backward: only whitespace follows. */
  atSpace: boolean;
}

/** Copies `list` into a new array the first time an element differs (copy-on-write). */
function setAt(list: readonly Inline[], out: Inline[] | undefined, i: number, node: Inline): Inline[] | undefined {
  if (out) {
    out[i] = node;
    return out;
  }
  if (node === list[i]) return undefined;
  const copy = list.slice();
  copy[i] = node;
  return copy;
}

function forward(list: readonly Inline[], pass: Pass): readonly Inline[] {
  let out: Inline[] | undefined;
  for (let i = 0; i < list.length; i += 1) {
    const node = list[i]!;
    let next: Inline = node;
    if (node.type === 'break') pass.atSpace = true;
    else if (node.type === 'code' || node.type === 'note') pass.atSpace = false;
    else if (node.type !== 'text') {
      const children = forward(node.children, pass);
      if (children !== node.children) next = { ...node, children: children as Inline[] };
    } else {
      let text = collapseRuns(node.text);
      if (pass.atSpace && text.startsWith(' ')) text = text.slice(1);
      if (text !== '') pass.atSpace = text.endsWith(' ');
      if (text !== node.text) next = { type: 'text', text };
    }
    out = setAt(list, out, i, next);
  }
  return out ?? list;
}

function backward(list: readonly Inline[], pass: Pass): readonly Inline[] {
  let out: Inline[] | undefined;
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const node = list[i]!;
    let next: Inline = node;
    if (node.type === 'break') pass.atSpace = true;
    else if (node.type === 'code' || node.type === 'note') pass.atSpace = false;
    else if (node.type !== 'text') {
      const children = backward(node.children, pass);
      if (children !== node.children) next = { ...node, children: children as Inline[] };
    } else {
      let end = node.text.length;
      if (pass.atSpace) while (end > 0 && isHtmlSpace(node.text[end - 1]!)) end -= 1;
      if (end > 0) pass.atSpace = false;
      if (end < node.text.length) next = { type: 'text', text: node.text.slice(0, end) };
    }
    out = setAt(list, out, i, next);
  }
  return out ?? list;
}

/**
 * Whitespace the way a browser shows it: every run becomes one space, also across element boundaries
 * ("a <em> b</em>" → "a " + em "b"), and none is left at the start or end of the content or around a
 * line break.
 */
export function collapseInlineWhitespace(content: readonly Inline[]): readonly Inline[] {
  return backward(forward(content, { atSpace: true }), { atSpace: true });
}

const tidy = (text: string | undefined) => {
  const clean = text === undefined ? undefined : collapsePlainText(text);
  return clean === '' ? undefined : clean;
};

/** Also tidies the plain-text fields: captions, alt texts and quote attributions. */
function collapseStrings(block: Block): Block {
  if (block.type === 'image') {
    const { caption: _caption, ...rest } = block;
    const caption = tidy(block.caption);
    return { ...rest, alt: collapsePlainText(block.alt), ...(caption ? { caption } : {}) };
  }
  if (block.type === 'quote') {
    const { cite: _cite, ...rest } = block;
    const cite = tidy(block.cite);
    return { ...rest, ...(cite ? { cite } : {}) };
  }
  return block;
}

export const collapseWhitespace: BlockStep = (blocks) => onInlines(collapseInlineWhitespace)(blocks).map(collapseStrings);

import { createContext, useContext } from 'react';
import type { Block } from '../../../model/block';
import { blockInlines } from '../../../model/block-walk';
import type { Inline } from '../../../model/inline';
import { articleStrings, type NoteStrings } from '../../../i18n/languages';

type NoteMark = Extract<Inline, { type: 'note' }>;
type FootnoteItem = Extract<Block, { type: 'footnotes' }>['items'][number];

/** What a block needs to know of the body it sits in: its language, its words, and how its footnotes are numbered. */
export interface BodyInfo {
  /** The story's language (BCP 47), for numbers and sizes. */
  lang: string;
  words: NoteStrings;
  /** Each footnote's number, by id: footnotes are counted through the body's footnotes blocks, in order. */
  noteNumbers: ReadonlyMap<string, number>;
  /** Each footnote item's number (an item whose id came earlier in the body has none: its id is taken). */
  itemNumbers: ReadonlyMap<FootnoteItem, number>;
  /** Each note mark's element id: "fnref-ID", and "fnref-ID-2", "-3" … for later marks of the same note. */
  markIds: ReadonlyMap<NoteMark, string>;
  /** The element id of each note's first mark: where its footnote links back to. */
  firstMarks: ReadonlyMap<string, string>;
}

function visitMarks(content: readonly Inline[], found: (mark: NoteMark) => void): void {
  for (const node of content) {
    if (node.type === 'note') found(node);
    else if ('children' in node && Array.isArray(node.children)) visitMarks(node.children, found);
  }
}

/** A block's runs of inline content; none for a block of a type this build does not know (from a newer API: it is not drawn). */
function inlineRuns(block: Block): Inline[][] {
  try {
    return blockInlines(block);
  } catch {
    return [];
  }
}

/** Numbers the body's footnotes and names its marks; pure, so the prerender and the browser agree. */
export function bodyInfo(body: readonly Block[], lang: string): BodyInfo {
  const noteNumbers = new Map<string, number>();
  const itemNumbers = new Map<FootnoteItem, number>();
  let count = 0;
  for (const block of body) {
    if (block.type !== 'footnotes') continue;
    for (const item of block.items ?? []) {
      if (noteNumbers.has(item.id)) continue;
      noteNumbers.set(item.id, ++count);
      itemNumbers.set(item, count);
    }
  }
  const markIds = new Map<NoteMark, string>();
  const firstMarks = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const block of body) {
    for (const run of inlineRuns(block)) {
      visitMarks(run, (mark) => {
        if (!noteNumbers.has(mark.id)) return;
        const nth = (seen.get(mark.id) ?? 0) + 1;
        seen.set(mark.id, nth);
        const id = nth === 1 ? `fnref-${mark.id}` : `fnref-${mark.id}-${nth}`;
        markIds.set(mark, id);
        if (nth === 1) firstMarks.set(mark.id, id);
      });
    }
  }
  return { lang, words: articleStrings(lang).body, noteNumbers, itemNumbers, markIds, firstMarks };
}

const BodyContext = createContext<BodyInfo>(bodyInfo([], 'en'));

export const BodyProvider = BodyContext.Provider;

/** The body the calling block sits in (outside a body: English, and no footnotes). */
export function useBody(): BodyInfo {
  return useContext(BodyContext);
}

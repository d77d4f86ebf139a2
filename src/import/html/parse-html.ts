import { Parser } from 'htmlparser2';
import type { HtmlElement, HtmlNode } from './html-node';
import { NEVER_KEPT } from './elements';

/** Deeper elements are flattened into their ancestor at this depth (hostile input must not blow the stack). */
export const MAX_DEPTH = 128;

/**
 * HTML elements that end foreign content (an unclosed <svg> or <math>), as the HTML standard's tree
 * construction does: the text after a forgotten </svg> is the story's, not the drawing's (which is
 * dropped), so it must not be swallowed with it.
 */
const BREAKS_OUT_OF_FOREIGN = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong',
  'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);
const FOREIGN = new Set(['svg', 'math']);
/** Inside these, foreign content holds HTML on purpose (no breakout). */
const HTML_INSIDE_FOREIGN = new Set(['foreignobject', 'desc', 'title', 'annotation-xml']);

interface MutableElement {
  kind: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  unclosed?: boolean;
}

/** Elements whose content is hidden (fallback or raw text): when left open, the rest of the story is inside them. */
const MARKED_UNCLOSED = new Set(['iframe', 'video', 'audio']);

export interface ParsedHtml {
  nodes: HtmlNode[];
  /** True when elements deeper than MAX_DEPTH were flattened. */
  flattened: boolean;
}

/**
 * HTML → a tree of elements and text, with htmlparser2 (a real tokenizer: entities decoded, implied end
 * tags closed, script/style read as raw text, comments and CDATA discarded).
 */
export function parseHtmlTree(html: string): ParsedHtml {
  const root: HtmlNode[] = [];
  // One entry per open tag: the element kept; `null` for tags too deep to be kept as elements; 'closed'
  // for the tags of foreign content that HTML broke out of (htmlparser2 still counts them as open).
  const open: (MutableElement | null | 'closed')[] = [];
  const kept: MutableElement[] = [];
  let hiddenDepth = 0;
  let flattened = false;

  const target = (): HtmlNode[] => kept.at(-1)?.children ?? root;

  /** An HTML element opened inside <svg>/<math> closes them, and everything open inside them. */
  function breakOutOfForeign(name: string): void {
    if (!BREAKS_OUT_OF_FOREIGN.has(name)) return;
    const from = open.findIndex((entry) => entry !== null && entry !== 'closed' && FOREIGN.has(entry.name));
    if (from < 0) return;
    const inside = open.slice(from);
    if (inside.some((entry) => entry !== null && entry !== 'closed' && HTML_INSIDE_FOREIGN.has(entry.name.toLowerCase()))) return;
    for (let i = open.length - 1; i >= from; i--) {
      const entry = open[i];
      if (entry === null) hiddenDepth = Math.max(0, hiddenDepth - 1);
      else if (entry !== 'closed') kept.pop();
      open[i] = 'closed';
    }
  }

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        breakOutOfForeign(name);
        if (hiddenDepth > 0 || kept.length >= MAX_DEPTH) {
          flattened ||= kept.length >= MAX_DEPTH;
          if (hiddenDepth > 0 || NEVER_KEPT.has(name)) hiddenDepth += 1;
          open.push(null);
          return;
        }
        const element: MutableElement = { kind: 'element', name, attrs: { ...attribs }, children: [] };
        target().push(element);
        open.push(element);
        kept.push(element);
      },
      onclosetag(_name, implied) {
        const element = open.pop();
        if (element === undefined || element === 'closed') return;
        if (element === null) {
          if (hiddenDepth > 0) hiddenDepth -= 1;
          return;
        }
        if (implied && MARKED_UNCLOSED.has(element.name)) element.unclosed = true;
        kept.pop();
      },
      ontext(text) {
        if (hiddenDepth > 0) return;
        const siblings = target();
        const last = siblings.at(-1);
        if (last?.kind === 'text') siblings[siblings.length - 1] = { kind: 'text', text: last.text + text };
        else siblings.push({ kind: 'text', text });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { nodes: root, flattened };
}

export function parseHtml(html: string): HtmlNode[] {
  return parseHtmlTree(html).nodes;
}

export type { HtmlElement, HtmlNode };

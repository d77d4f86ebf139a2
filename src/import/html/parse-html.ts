import { Parser } from 'htmlparser2';
import type { HtmlElement, HtmlNode } from './html-node';
import { NEVER_KEPT } from './elements';

/** Deeper elements are flattened into their ancestor at this depth (hostile input must not blow the stack). */
export const MAX_DEPTH = 128;

interface MutableElement {
  kind: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

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
  // One entry per open tag; `null` for tags too deep to be kept as elements.
  const open: (MutableElement | null)[] = [];
  const kept: MutableElement[] = [];
  let hiddenDepth = 0;
  let flattened = false;

  const target = (): HtmlNode[] => kept.at(-1)?.children ?? root;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
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
      onclosetag() {
        const element = open.pop();
        if (element === undefined) return;
        if (element === null) {
          if (hiddenDepth > 0) hiddenDepth -= 1;
          return;
        }
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

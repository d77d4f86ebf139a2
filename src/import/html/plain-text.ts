import { classify, hidesText, isBlockRole } from './elements';
import type { HtmlElement, HtmlNode } from './html-node';
import { parseHtml } from './parse-html';

/** Runs of whitespace, including no-break spaces, become one space; the ends are trimmed. */
export function collapsePlainText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export interface PlainTextOptions {
  /** Elements to leave out with their content, e.g. a theme's "Continue reading" link. */
  skip?: (element: HtmlElement) => boolean;
}

/** The readable text of nodes: never-kept elements left out, a space at every block boundary or <br>. */
export function nodesToText(nodes: readonly HtmlNode[], options: PlainTextOptions = {}): string {
  const parts: string[] = [];
  const walk = (list: readonly HtmlNode[]) => {
    for (const node of list) {
      if (node.kind === 'text') {
        parts.push(node.text);
        continue;
      }
      const { role } = classify(node.name);
      if (role === 'drop' || role === 'ignore' || hidesText(node.name) || options.skip?.(node)) continue;
      if (role === 'break' || role === 'separator') {
        parts.push(' ');
        continue;
      }
      const block = isBlockRole(role);
      if (block) parts.push(' ');
      walk(node.children);
      if (block) parts.push(' ');
    }
  };
  walk(nodes);
  return collapsePlainText(parts.join(''));
}

/** HTML with entities (a WordPress title, excerpt or term name) → plain text. */
export function htmlToText(html: string, options: PlainTextOptions = {}): string {
  return nodesToText(parseHtml(html), options);
}

/**
 * The text of nodes exactly as written, for code: every space and line break kept, <br> as a line
 * break, elements that never show text left out, nothing collapsed or trimmed.
 */
export function verbatimText(nodes: readonly HtmlNode[]): string {
  let out = '';
  const walk = (list: readonly HtmlNode[]) => {
    for (const node of list) {
      if (node.kind === 'text') out += node.text;
      else if (node.name === 'br') out += '\n';
      else if (!hidesText(node.name)) walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

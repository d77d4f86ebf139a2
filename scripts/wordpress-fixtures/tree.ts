import { Parser } from 'htmlparser2';

/**
 * The whole HTML tree, nothing hidden (the importer's own parser leaves out what it never keeps): the
 * fixture check needs to see every <source>, <iframe> and <script> the input holds.
 */
export interface Element {
  kind: 'element';
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: Element | undefined;
}
export interface Text {
  kind: 'text';
  text: string;
  parent: Element | undefined;
}
export type Node = Element | Text;

export function parseTree(html: string): Element {
  const root: Element = { kind: 'element', name: '#root', attrs: {}, children: [], parent: undefined };
  const open: Element[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = open.at(-1)!;
        const element: Element = { kind: 'element', name, attrs: { ...attrs }, children: [], parent };
        parent.children.push(element);
        open.push(element);
      },
      onclosetag() {
        if (open.length > 1) open.pop();
      },
      ontext(text) {
        const parent = open.at(-1)!;
        parent.children.push({ kind: 'text', text, parent });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

export const classes = (element: Element): string[] => (element.attrs.class ?? '').split(/\s+/).filter(Boolean);
export const hasClass = (element: Element, name: string): boolean => classes(element).includes(name);

/** Every element under `root`, in document order. */
export function elements(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.kind === 'element') {
        out.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return out;
}

/** The element's ancestors, nearest first. */
export function ancestors(node: Node): Element[] {
  const out: Element[] = [];
  for (let at = node.parent; at && at.name !== '#root'; at = at.parent) out.push(at);
  return out;
}

export const within = (node: Node, test: (e: Element) => boolean): boolean => ancestors(node).some(test);

export function textOf(node: Node): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}

/** The small, typed HTML tree the importers work on (built by parse-html.ts). */
export interface HtmlElement {
  readonly kind: 'element';
  /** Lower-case tag name, e.g. "p". */
  readonly name: string;
  /** Attribute values with entities already decoded; names lower-case. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly HtmlNode[];
  /**
   * Set on an <iframe>, <video> or <audio> whose end tag never came: what the parser put inside it is the
   * rest of the story, not its fallback content.
   */
  readonly unclosed?: boolean;
}

export interface HtmlText {
  readonly kind: 'text';
  /** Text with entities decoded (&amp; → &, &nbsp; → U+00A0). */
  readonly text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

export function isElement(node: HtmlNode, ...names: string[]): node is HtmlElement {
  return node.kind === 'element' && (names.length === 0 || names.includes(node.name));
}

/** The class names of an element. */
export function classList(element: HtmlElement): string[] {
  return (element.attrs.class ?? '').split(/\s+/).filter(Boolean);
}

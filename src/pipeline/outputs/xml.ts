/**
 * A small XML writer for the feeds and the sitemap, and nothing more: every text and attribute value is escaped here,
 * in one place, so a headline is always text (`<`, `&`, `]]>` and `</title>` included) and can never
 * become markup. No CDATA: escaping covers everything CDATA would, without its `]]>` trap. (Not xml-js:
 * it writes `&` and `<` in attribute values raw, and leaves text that
 * looks like an entity unescaped, so a headline saying "&amp;" would reach readers as "&".)
 */

/** Text inside an element, or an element. */
export type XmlNode = string | XmlElement;

export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string | undefined>>;
  children: readonly XmlNode[];
}

/** An element; attributes whose value is undefined are left out. */
export function element(name: string, attributes: Record<string, string | undefined> = {}, ...children: XmlNode[]): XmlElement {
  return { name, attributes, children };
}

/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF): dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: `&`, `<` and `>` escaped, and `\r` so that parsers do not fold it into a newline. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: as text, plus `"` and the whitespace attribute normalisation would flatten. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function write(node: XmlNode, indent: string, out: string[]): void {
  if (typeof node === 'string') {
    out.push(`${indent}${escapeText(node)}`);
    return;
  }
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) out.push(`${open}/>`);
  else if (node.children.every((child) => typeof child === 'string')) out.push(`${open}>${node.children.map((c) => escapeText(c as string)).join('')}</${node.name}>`);
  else {
    out.push(`${open}>`);
    for (const child of node.children) write(child, `${indent}    `, out);
    out.push(`${indent}</${node.name}>`);
  }
}

/** A whole document: the declaration, then the root element, indented by four spaces a level. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}

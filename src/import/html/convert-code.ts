import type { Block } from '../../model/block';
import type { ConvertContext } from './context';
import { paragraphsOf } from './convert-paragraphs';
import { convertInlines } from './convert-inlines';
import { classList, isElement, type HtmlElement, type HtmlNode } from './html-node';
import { verbatimText } from './plain-text';

const LANGUAGE = /^[\w+#.-]{1,40}$/;
/** A human language tag ("en", "pt-BR"): in a lang attribute it says what the text is written in, not the code. */
const HUMAN_LANG = /^[a-z]{2}(-[A-Za-z0-9]{2,8})*$|^[a-z]{3}-/i;
/** Programming languages known by two letters, which a lang attribute may name. */
const SHORT_CODE_NAMES = new Set(['js', 'ts', 'py', 'sh', 'go', 'rb', 'cs', 'md', 'pl', 'rs', 'kt']);

/** "language-python", "lang-js", a lang or data-lang attribute, SyntaxHighlighter's "brush: php" → the language. */
function languageOf(...elements: HtmlElement[]): string | undefined {
  for (const element of elements) {
    for (const name of classList(element)) {
      const match = /^(?:language|lang)-(.+)$/.exec(name);
      if (match && LANGUAGE.test(match[1]!)) return match[1]!.toLowerCase();
    }
    const brush = /(?:^|\s)brush:\s*([\w+#.-]+)/.exec(element.attrs.class ?? '')?.[1];
    if (brush && LANGUAGE.test(brush)) return brush.toLowerCase();
    for (const attr of ['data-lang', 'data-language', 'lang']) {
      const value = element.attrs[attr]?.trim();
      // lang="javascript" names the code's language; lang="en" or "en-GB" is the human one.
      if (value && LANGUAGE.test(value) && !(attr === 'lang' && HUMAN_LANG.test(value) && !SHORT_CODE_NAMES.has(value.toLowerCase()))) return value.toLowerCase();
    }
  }
  return undefined;
}

/** HTML drops a line break right after <pre>'s start tag. */
function withoutLeadingNewline(nodes: readonly HtmlNode[]): HtmlNode[] {
  const [first, ...rest] = nodes;
  if (first?.kind !== 'text' || !/^\r?\n/.test(first.text)) return [...nodes];
  return [{ kind: 'text', text: first.text.replace(/^\r?\n/, '') }, ...rest];
}

/** The lone <code> of a <pre> (whitespace around it aside), if that is all it holds. */
function onlyCode(pre: HtmlElement): HtmlElement | undefined {
  const meaningful = pre.children.filter((c) => c.kind === 'element' || c.text.trim() !== '');
  return meaningful.length === 1 && isElement(meaningful[0]!, 'code') ? meaningful[0] : undefined;
}

/**
 * <pre> → code, a preformatted block or a verse. pre.wp-block-code, a <pre> holding only <code>, or one marked
 * for SyntaxHighlighter ("brush: php") is code:
 * its text exactly as written (entities decoded, <br> as a line break, highlighting markup dropped).
 * pre.wp-block-verse is a verse; any other <pre> is preformatted text, its inline markup, spaces and
 * line breaks kept (the clean-up steps leave verbatim text alone).
 */
export function convertPre(pre: HtmlElement, ctx: ConvertContext): Block[] {
  const classes = classList(pre);
  const code = onlyCode(pre);
  const isCode = classes.includes('wp-block-code') || code !== undefined || /(?:^|\s)brush:/.test(pre.attrs.class ?? '');
  if (isCode && !classes.includes('wp-block-verse') && !classes.includes('wp-block-preformatted')) {
    const text = verbatimText(withoutLeadingNewline(code ? withoutLeadingNewline(code.children) : pre.children));
    if (text.trim() === '') return [];
    const language = code ? languageOf(code, pre) : languageOf(pre);
    return [{ type: 'code', text, ...(language ? { language } : {}) }];
  }
  const verse = classes.includes('wp-block-verse');
  const out: Block[] = [];
  for (const block of paragraphsOf(convertInlines(withoutLeadingNewline(pre.children), { ...ctx, verbatim: true }))) {
    out.push(block.type === 'paragraph' ? { type: 'preformatted', ...(verse ? { verse: true } : {}), content: block.content } : block);
  }
  return out;
}

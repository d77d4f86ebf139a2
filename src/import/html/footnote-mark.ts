import { NoteIdSchema } from '../../model/inline';
import type { ConvertContext } from './context';
import type { Flow } from './flow';
import { classList, isElement, type HtmlElement } from './html-node';
import { collapsePlainText, nodesToText } from './plain-text';

/** A footnote id as our model writes them: letters, digits, "-" and "_", at most 80 ("fn:1" → "fn-1"). */
export function noteId(raw: string): string | undefined {
  const id = raw.trim().replace(/^#/, '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80);
  return NoteIdSchema.safeParse(id).success ? id : undefined;
}

/**
 * A footnote mark → a note. WordPress core writes `<sup data-fn="ID" class="fn"><a href="#ID" id="ID-link">1</a></sup>`;
 * Markdown tools write `<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup>`. Either way a
 * <sup> holding nothing but one in-page link. The number shown is remembered in case the footnote itself
 * never comes (the mark then stays a superscript number).
 */
export function footnoteMark(element: HtmlElement, ctx: ConvertContext): Flow | undefined {
  const children = element.children.filter((c) => c.kind === 'element' || c.text.trim() !== '');
  const link = children.length === 1 && isElement(children[0]!, 'a') ? children[0] : undefined;
  const href = link?.attrs.href?.trim();
  const target = href?.startsWith('#') ? href.slice(1) : undefined;
  const marked = element.attrs['data-fn'] !== undefined || classList(element).includes('fn') || target !== undefined;
  if (!marked || !link) return undefined;
  const id = noteId(target ?? element.attrs['data-fn'] ?? '');
  if (id === undefined) return undefined;
  const label = collapsePlainText(nodesToText(link.children)) || '*';
  if (!ctx.notes.has(id)) ctx.notes.set(id, label);
  return { type: 'note', id };
}

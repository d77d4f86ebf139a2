import type { Block, ImageBlock } from '../../model/block';
import type { Inline, InlineWrapper } from '../../model/inline';

/**
 * Inline content as read from HTML, before what cannot sit in text is lifted out of it: like Inline,
 * but a block (an image, a video, an embed met inside a paragraph) may sit anywhere, even inside a link.
 * Our blocks keep those out of text, so splitFlow turns a flow into runs of inlines and blocks.
 */
export type Flow =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'code'; text: string }
  | { type: 'note'; id: string }
  | { type: InlineWrapper; children: Flow[] }
  | { type: 'link'; href: string; children: Flow[] }
  | { type: 'block'; block: Block };

/** An image block inside the flow (the common lifted block). */
export const imageFlow = (image: ImageBlock): Flow => ({ type: 'block', block: image });

export type Segment = { kind: 'inlines'; inlines: Inline[] } | { kind: 'block'; block: Block };

type Container = Extract<Flow, { children: Flow[] }>;

function wrap(container: Container, children: Inline[]): Inline {
  return container.type === 'link' ? { type: 'link', href: container.href, children } : { type: container.type, children };
}

function pushInlines(out: Segment[], inlines: Inline[]): void {
  const last = out.at(-1);
  if (last?.kind === 'inlines') last.inlines.push(...inlines);
  else out.push({ kind: 'inlines', inlines: [...inlines] });
}

/** A block lifted out of a link: an image keeps the link as its own (a picture that links somewhere). */
function liftedFrom(container: Container, block: Block): Block {
  return container.type === 'link' && block.type === 'image' && block.link === undefined ? { ...block, link: container.href } : block;
}

/** Splits a flow at its blocks: `a <em>b <img> c</em>` → [a <em>b</em>], image, [<em>c</em>]. */
export function splitFlow(flow: readonly Flow[]): Segment[] {
  const out: Segment[] = [];
  for (const item of flow) {
    switch (item.type) {
      case 'text':
      case 'break':
      case 'code':
      case 'note':
        pushInlines(out, [item]);
        break;
      case 'block':
        out.push({ kind: 'block', block: item.block });
        break;
      default:
        for (const segment of splitFlow(item.children)) {
          if (segment.kind === 'block') out.push({ kind: 'block', block: liftedFrom(item, segment.block) });
          else pushInlines(out, [wrap(item, segment.inlines)]);
        }
    }
  }
  return out;
}

/** All the inline runs of a flow joined into one (lifted blocks moved to `lifted`). */
export function flowInlines(flow: readonly Flow[], lifted: Block[]): Inline[] {
  const inlines: Inline[] = [];
  for (const segment of splitFlow(flow)) {
    if (segment.kind === 'block') lifted.push(segment.block);
    else {
      if (inlines.length > 0) inlines.push({ type: 'text', text: ' ' });
      inlines.push(...segment.inlines);
    }
  }
  return inlines;
}

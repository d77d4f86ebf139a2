import type { ImageBlock } from '../../model/block';
import type { Inline } from '../../model/inline';

/**
 * Inline content as read from HTML, before images are lifted out of it: like Inline, but an image may
 * sit anywhere (in a paragraph, inside a link). Our blocks keep images out of text, so splitFlow turns a
 * flow into runs of inlines and image blocks.
 */
export type Flow =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'em' | 'strong'; children: Flow[] }
  | { type: 'link'; href: string; children: Flow[] }
  | { type: 'image'; image: ImageBlock };

export type Segment = { kind: 'inlines'; inlines: Inline[] } | { kind: 'image'; image: ImageBlock };

function wrap(container: Exclude<Flow, { type: 'text' | 'break' | 'image' }>, children: Inline[]): Inline {
  return container.type === 'link' ? { type: 'link', href: container.href, children } : { type: container.type, children };
}

function pushInlines(out: Segment[], inlines: Inline[]): void {
  const last = out.at(-1);
  if (last?.kind === 'inlines') last.inlines.push(...inlines);
  else out.push({ kind: 'inlines', inlines: [...inlines] });
}

/** Splits a flow at its images: `a <em>b <img> c</em>` → [a <em>b</em>], image, [<em>c</em>]. */
export function splitFlow(flow: readonly Flow[]): Segment[] {
  const out: Segment[] = [];
  for (const item of flow) {
    switch (item.type) {
      case 'text':
      case 'break':
        pushInlines(out, [item]);
        break;
      case 'image':
        out.push({ kind: 'image', image: item.image });
        break;
      default:
        for (const segment of splitFlow(item.children)) {
          if (segment.kind === 'image') out.push(segment);
          else pushInlines(out, [wrap(item, segment.inlines)]);
        }
    }
  }
  return out;
}

/** All the inline runs of a flow joined into one (images moved to `images`). */
export function flowInlines(flow: readonly Flow[], images: ImageBlock[]): Inline[] {
  const inlines: Inline[] = [];
  for (const segment of splitFlow(flow)) {
    if (segment.kind === 'image') images.push(segment.image);
    else {
      if (inlines.length > 0) inlines.push({ type: 'text', text: ' ' });
      inlines.push(...segment.inlines);
    }
  }
  return inlines;
}

// No zod here: the browser, the pipeline and the importers all walk bodies with these.
import type { Block, Image, LeafBlock, ParagraphBlock } from './block';
import type { Inline } from './inline';

/**
 * The one place that knows where a body keeps its text and its pictures. Each walk switches over
 * every block type without a default, so a new type fails the type check here until it is handled,
 * and everything built on these walks (the content loader, the API compiler, search, reading time,
 * save-for-offline, the importers' clean-up) follows.
 */

/**
 * Where a switch has met every type: a new block type makes the call a type error. At run time a block
 * of a type this code does not know (data from a newer API) gets `fallback`: walks skip it, they never
 * throw in a reader's browser.
 */
export function unhandled<T>(_value: never, fallback: T): T {
  return fallback;
}

/** How a run of inline content reads: prose collapses whitespace as HTML does; verbatim keeps every space and line break. */
export type InlineKind = 'prose' | 'verbatim';
export type InlineEdit = (content: Inline[], kind: InlineKind) => Inline[];

function mapParagraphs(blocks: ParagraphBlock[], edit: InlineEdit): ParagraphBlock[] {
  const out = blocks.map((p) => {
    const content = edit(p.content, 'prose');
    return content === p.content ? p : { ...p, content };
  });
  return out.every((p, i) => p === blocks[i]) ? blocks : out;
}

function mapList<T>(list: T[], edit: (item: T) => T): T[] {
  const out = list.map(edit);
  return out.every((item, i) => item === list[i]) ? list : out;
}

/**
 * The block with every run of inline content replaced by `edit(run, kind)`. An edit that returns its
 * input unchanged (the same array) leaves the block as it is (the same object).
 */
export function mapBlockInlines<B extends Block>(block: B, edit: InlineEdit): B {
  const b = block as Block;
  const same = (next: Block): B => next as B;
  switch (b.type) {
    case 'paragraph':
    case 'heading': {
      const content = edit(b.content, 'prose');
      return content === b.content ? block : same({ ...b, content });
    }
    case 'preformatted': {
      const content = edit(b.content, 'verbatim');
      return content === b.content ? block : same({ ...b, content });
    }
    case 'list': {
      const items = mapList(b.items, (item) => edit(item, 'prose'));
      return items === b.items ? block : same({ ...b, items });
    }
    case 'quote':
    case 'pullquote': {
      const blocks = mapParagraphs(b.blocks, edit);
      return blocks === b.blocks ? block : same({ ...b, blocks });
    }
    case 'social': {
      const text = edit(b.text, 'prose');
      return text === b.text ? block : same({ ...b, text });
    }
    case 'table': {
      const rows = (list: typeof b.body) => mapList(list, (row) => mapList(row, (cell) => {
        const content = edit(cell.content, 'prose');
        return content === cell.content ? cell : { ...cell, content };
      }));
      const head = rows(b.head);
      const body = rows(b.body);
      const foot = rows(b.foot);
      return head === b.head && body === b.body && foot === b.foot ? block : same({ ...b, head, body, foot });
    }
    case 'details': {
      const summary = edit(b.summary, 'prose');
      const blocks = mapList(b.blocks, (child) => mapBlockInlines(child, edit));
      return summary === b.summary && blocks === b.blocks ? block : same({ ...b, summary, blocks });
    }
    case 'footnotes': {
      const items = mapList(b.items, (item) => {
        const content = edit(item.content, 'prose');
        return content === item.content ? item : { ...item, content };
      });
      return items === b.items ? block : same({ ...b, items });
    }
    case 'image':
    case 'gallery':
    case 'video':
    case 'audio':
    case 'embed':
    case 'code':
    case 'separator':
    case 'file':
      return block;
    default:
      return unhandled(b, block);
  }
}

/** Every run of inline content in a block, in reading order. */
export function blockInlines(block: Block): Inline[][] {
  const runs: Inline[][] = [];
  mapBlockInlines(block, (content) => {
    runs.push(content);
    return content;
  });
  return runs;
}

/**
 * Changes one image, keeping whatever else the value holds (an image block keeps its type and link).
 * `field` is where the image sits, as a path below the block's own (`at`): "3", "3.images.1", "5.poster".
 */
export type ImageEdit = <T extends Image>(image: T, field: string) => T;

/** The block (at field path `at`) with each image it shows replaced by `edit(image, field)`, in reading order. */
export function mapBlockImages<B extends Block>(block: B, edit: ImageEdit, at = ''): B {
  const b = block as Block;
  const below = (name: string) => (at === '' ? name : `${at}.${name}`);
  switch (b.type) {
    case 'image':
      return edit(b, at) as B;
    case 'gallery':
      return { ...b, images: b.images.map((image, i) => edit(image, below(`images.${i}`))) } as B;
    case 'video':
      return (b.poster ? { ...b, poster: edit(b.poster, below('poster')) } : b) as B;
    case 'social':
      return (b.media.length > 0 ? { ...b, media: b.media.map((image, i) => edit(image, below(`media.${i}`))) } : b) as B;
    case 'details':
      return { ...b, blocks: b.blocks.map((child: LeafBlock, i) => mapBlockImages(child, edit, below(`blocks.${i}`))) } as B;
    case 'paragraph':
    case 'heading':
    case 'list':
    case 'quote':
    case 'pullquote':
    case 'audio':
    case 'embed':
    case 'table':
    case 'code':
    case 'preformatted':
    case 'separator':
    case 'file':
    case 'footnotes':
      return block;
    default:
      return unhandled(b, block);
  }
}

/** Every image a block shows, in order. */
export function blockImages(block: Block): Image[] {
  const images: Image[] = [];
  mapBlockImages(block, (image) => {
    images.push(image);
    return image;
  });
  return images;
}

/** Every footnote mark in a body: [index of the top-level block, note id]. */
export function noteMarks(body: readonly Block[]): [number, string][] {
  const marks: [number, string][] = [];
  const visit = (content: readonly Inline[], i: number) => {
    for (const node of content) {
      if (node.type === 'note') marks.push([i, node.id]);
      else if ('children' in node) visit(node.children, i);
    }
  };
  body.forEach((block, i) => {
    for (const run of blockInlines(block)) visit(run, i);
  });
  return marks;
}

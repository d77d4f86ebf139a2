import type { Block } from './block';
import { blockImages, blockInlines, unhandled } from './block-walk';
import type { Inline } from './inline';

/** Plain text of inlines, for reading time, search and meta descriptions. */
export function inlineText(content: readonly Inline[]): string {
  let out = '';
  for (const node of content) {
    switch (node.type) {
      case 'text':
      case 'code':
        out += node.text;
        break;
      case 'break':
        out += ' ';
        break;
      case 'note':
        break;
      default:
        out += inlineText(node.children);
    }
  }
  return out;
}

const join = (parts: readonly (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(' ');

/** The words a reader reads in a block, for reading time and search. */
export function blockText(block: Block): string {
  const runs = () => blockInlines(block).map(inlineText);
  const captions = () => blockImages(block).map((image) => image.caption);
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'list':
    case 'preformatted':
    case 'footnotes':
      return join(runs());
    case 'table':
      return join([block.caption, ...runs()]);
    case 'quote':
    case 'pullquote':
      return join([...runs(), block.cite]);
    case 'image':
      return block.caption ?? '';
    case 'gallery':
      return join([...captions(), block.caption]);
    case 'video':
    case 'audio':
      return join([block.title, block.caption]);
    case 'social':
      return join([block.author, ...runs()]);
    case 'embed':
      return block.title;
    case 'code':
      return block.text;
    case 'file':
      return block.title;
    case 'separator':
      return '';
    case 'details':
      return join([inlineText(block.summary), ...block.blocks.map(blockText)]);
    default:
      return unhandled(block, '');
  }
}

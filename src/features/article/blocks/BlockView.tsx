import type { Block, LeafBlock } from '../../../model/block';
import { Figure } from './Figure';
import { Inlines } from './Inlines';
import { Quote } from './Quote';
import { RichBlockSlot } from './rich-blocks';
import { skipUnknown } from './skip-unknown';

/**
 * The one place that maps a body block to what the reader sees. The switch names every type the model
 * has: a new one is a type error here until it is drawn. A type from a newer API renders nothing.
 */
export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <p><Inlines content={block.content} /></p>;
    case 'heading': {
      const Heading = block.level === 2 ? 'h2' : block.level === 3 ? 'h3' : 'h4';
      return <Heading><Inlines content={block.content} /></Heading>;
    }
    case 'quote':
      return <Quote className="quote" blocks={block.blocks} cite={block.cite} />;
    case 'pullquote':
      return <Quote className="pullquote" blocks={block.blocks} cite={block.cite} />;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}><Inlines content={item} /></li>
          ))}
        </List>
      );
    }
    case 'image':
      return <Figure image={block} link={block.link} />;
    case 'separator':
      return <hr />;
    case 'gallery':
    case 'video':
    case 'audio':
    case 'social':
    case 'embed':
    case 'table':
    case 'code':
    case 'preformatted':
    case 'file':
    case 'details':
    case 'footnotes':
      return <RichBlockSlot block={block} renderChild={renderChild} />;
    default:
      return skipUnknown('block', block);
  }
}

const renderChild = (block: LeafBlock) => <BlockView block={block} />;

import type { Block } from '../../../model/block';
import { isSafeUrl } from '../../../model/url';
import { Figure } from './Figure';
import { Inlines } from './Inlines';

const reported = new Set<string>();

/** The one place that maps a body block to what the reader sees. An unknown type renders nothing. */
export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <p><Inlines content={block.content} /></p>;
    case 'heading': {
      const Heading = block.level === 2 ? 'h2' : 'h3';
      return <Heading><Inlines content={block.content} /></Heading>;
    }
    case 'quote':
      return (
        <figure className="quote">
          <blockquote>
            {block.blocks.map((p, i) => (
              <p key={i}><Inlines content={p.content} /></p>
            ))}
          </blockquote>
          {block.cite && <figcaption>— {block.cite}</figcaption>}
        </figure>
      );
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
      return <Figure image={block} />;
    case 'embed':
      return isSafeUrl(block.url) ? (
        <p className="embed">
          <a href={block.url} rel="noopener noreferrer external">
            {block.title}
          </a>{' '}
          <span className="embed__provider">({block.provider})</span>
        </p>
      ) : null;
    default: {
      const type = String((block as { type?: unknown }).type);
      if (!reported.has(type)) {
        reported.add(type);
        console.warn(`[dateline] skipped a body block of unknown type "${type}"`);
      }
      return null;
    }
  }
}

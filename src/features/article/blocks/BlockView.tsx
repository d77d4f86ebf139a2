import type { Block } from '../../../model/block';
import { AudioPlayer } from './AudioPlayer';
import { CodeBlock } from './CodeBlock';
import { Details } from './Details';
import { Embed } from './EmbedFrame';
import { Figure } from './Figure';
import { FileLink } from './FileLink';
import { Footnotes } from './Footnotes';
import { Gallery } from './Gallery';
import { Inlines } from './Inlines';
import { Preformatted } from './Preformatted';
import { Quote } from './Quote';
import { skipUnknown } from './skip-unknown';
import { SocialCard } from './SocialCard';
import { TableBlock } from './TableBlock';
import { VideoFacade } from './VideoFacade';
import { VideoFile } from './VideoFile';

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
    case 'gallery':
      return <Gallery block={block} />;
    case 'video':
      if (block.source?.kind === 'provider') return <VideoFacade block={block} source={block.source} />;
      if (block.source?.kind === 'file') return <VideoFile block={block} source={block.source} />;
      return null;
    case 'audio':
      return <AudioPlayer block={block} />;
    case 'social':
      return <SocialCard block={block} />;
    case 'embed':
      return <Embed block={block} />;
    case 'table':
      return <TableBlock block={block} />;
    case 'code':
      return <CodeBlock block={block} />;
    case 'preformatted':
      return <Preformatted block={block} />;
    case 'separator':
      return <hr />;
    case 'file':
      return <FileLink block={block} />;
    case 'details':
      return (
        <Details summary={block.summary}>
          {block.blocks.map((child, i) => (
            <BlockView key={i} block={child} />
          ))}
        </Details>
      );
    case 'footnotes':
      return <Footnotes block={block} />;
    default:
      return skipUnknown('block', block);
  }
}

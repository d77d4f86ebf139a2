import { Fragment, type ReactNode } from 'react';
import type { LeafBlock } from '../../../model/block';
import { AudioPlayer } from './AudioPlayer';
import { CodeBlock } from './CodeBlock';
import { Details } from './Details';
import { Embed } from './EmbedFrame';
import { FileLink } from './FileLink';
import { Footnotes } from './Footnotes';
import { Gallery } from './Gallery';
import { Preformatted } from './Preformatted';
import type { RichBlock } from './rich-blocks';
import { skipUnknown } from './skip-unknown';
import { SocialCard } from './SocialCard';
import { TableBlock } from './TableBlock';
import { VideoFacade } from './VideoFacade';
import { VideoFile } from './VideoFile';

export interface RichBlockProps {
  block: RichBlock;
  /** How a block inside this one (a disclosure's content) is drawn: BlockView, passed in to keep the chunks apart. */
  renderChild: (block: LeafBlock) => ReactNode;
}

/**
 * The blocks beyond text, lists and pictures: a chunk of its own, loaded only for stories that have one
 * (see rich-blocks.tsx). Every rich type is named: a new one is a type error here until it is drawn.
 */
export function RichBlockView({ block, renderChild }: RichBlockProps) {
  switch (block.type) {
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
    case 'file':
      return <FileLink block={block} />;
    case 'details':
      return (
        <Details summary={block.summary}>
          {block.blocks.map((child, i) => (
            <Fragment key={i}>{renderChild(child)}</Fragment>
          ))}
        </Details>
      );
    case 'footnotes':
      return <Footnotes block={block} />;
    default:
      return skipUnknown('block', block);
  }
}

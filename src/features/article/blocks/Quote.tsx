import type { ParagraphBlock } from '../../../model/block';
import { Inlines } from './Inlines';

/** A quotation, or a pull quote (a line of the story set large): paragraphs, and who said them. */
export function Quote({ blocks, cite, className }: { blocks: readonly ParagraphBlock[]; cite: string | undefined; className: 'quote' | 'pullquote' }) {
  return (
    <figure className={className}>
      <blockquote>
        {blocks.map((p, i) => (
          <p key={i}>
            <Inlines content={p.content} />
          </p>
        ))}
      </blockquote>
      {cite && <figcaption>— {cite}</figcaption>}
    </figure>
  );
}

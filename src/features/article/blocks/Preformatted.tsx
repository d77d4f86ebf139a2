import type { PreformattedBlock } from '../../../model/block';
import { Inlines } from './Inlines';
import { ScrollRegion } from './ScrollRegion';
import { useRichWords } from './rich-words';

/**
 * Text whose spaces and line breaks are the author's. A poem wraps a line too long for the screen (its
 * breaks are kept); a transcript or a listing keeps its lines whole and scrolls sideways instead.
 * The inner span keeps a leading line break: the HTML parser drops one right after <pre>.
 */
export function Preformatted({ block }: { block: PreformattedBlock }) {
  const words = useRichWords();
  const text = (
    <span>
      <Inlines content={block.content} />
    </span>
  );
  if (block.verse) return <pre className="verse">{text}</pre>;
  return (
    <ScrollRegion className="preformatted" label={words.preformatted}>
      <pre>{text}</pre>
    </ScrollRegion>
  );
}

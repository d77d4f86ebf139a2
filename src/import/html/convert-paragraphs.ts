import type { Block } from '../../model/block';
import { splitFlow, type Flow } from './flow';

/** A run of inline content → paragraphs, with the blocks lifted out of it (images, videos…) between them. */
export function paragraphsOf(flow: readonly Flow[]): Block[] {
  return splitFlow(flow).map((segment) => (segment.kind === 'block' ? segment.block : { type: 'paragraph', content: segment.inlines }));
}

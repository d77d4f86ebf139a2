import type { Block } from '../../model/block';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { BlockView } from './blocks/BlockView';

export function ArticleBody({ body }: { body: readonly Block[] }) {
  return (
    <div className="article__body">
      {body.map((block, i) => (
        <ErrorBoundary key={i} name={`Body block ${i} (${String(block.type)})`}>
          <BlockView block={block} />
        </ErrorBoundary>
      ))}
    </div>
  );
}

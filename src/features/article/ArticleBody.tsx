import { useMemo } from 'react';
import type { Block } from '../../model/block';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { bodyInfo, BodyProvider } from './blocks/body-context';
import { BlockView } from './blocks/BlockView';

/** The story's body, block by block, each in its own error boundary; `lang` is the story's language (its words, its numbers). */
export function ArticleBody({ body, lang }: { body: readonly Block[]; lang: string }) {
  const info = useMemo(() => bodyInfo(body, lang), [body, lang]);
  return (
    <BodyProvider value={info}>
      <div className="article__body">
        {body.map((block, i) => (
          <ErrorBoundary key={i} name={`Body block ${i} (${String(block.type)})`}>
            <BlockView block={block} />
          </ErrorBoundary>
        ))}
      </div>
    </BodyProvider>
  );
}

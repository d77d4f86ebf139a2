import { useId } from 'react';
import type { FootnotesBlock } from '../../../model/block';
import { useBody } from './body-context';
import { Inlines } from './Inlines';
import { useRichWords } from './rich-words';

/** The story's notes: a list headed "Notes", numbered as their marks in the text are, each linking back to its mark. */
export function Footnotes({ block }: { block: FootnotesBlock }) {
  const { itemNumbers, firstMarks } = useBody();
  const words = useRichWords();
  const headingId = useId();
  const items = block.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="footnotes" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.notes}</h2>
      <ol>
        {items.map((item, i) => {
          const n = itemNumbers.get(item);
          const mark = n === undefined ? undefined : firstMarks.get(item.id);
          return (
            <li key={i} id={n === undefined ? undefined : `fn-${item.id}`} value={n}>
              <Inlines content={item.content} />
              {mark && (
                <>
                  {' '}
                  <a className="footnotes__back" href={`#${mark}`} aria-label={words.backToText}>
                    {'↩\uFE0E'}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

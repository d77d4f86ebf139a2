import type { Inline } from '../../../model/inline';
import { useBody } from './body-context';

/** A footnote mark: the note's number, linking to it; the footnote links back here. A mark without a note shows nothing. */
export function NoteMark({ mark }: { mark: Extract<Inline, { type: 'note' }> }) {
  const { words, noteNumbers, markIds } = useBody();
  const n = noteNumbers.get(mark.id);
  if (n === undefined) return null;
  const number = words.number(n);
  return (
    <sup className="note-mark">
      <a href={`#fn-${mark.id}`} id={markIds.get(mark)} aria-label={words.note(number)}>
        {number}
      </a>
    </sup>
  );
}

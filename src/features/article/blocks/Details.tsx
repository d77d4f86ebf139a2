import type { ReactNode } from 'react';
import type { Inline } from '../../../model/inline';
import { Inlines } from './Inlines';

/** A disclosure: the browser's own <details>, so it opens with a keyboard, without JavaScript, and for find-in-page. */
export function Details({ summary, children }: { summary: readonly Inline[]; children: ReactNode }) {
  return (
    <details className="details">
      <summary>
        <Inlines content={summary} />
      </summary>
      <div className="details__body">{children}</div>
    </details>
  );
}

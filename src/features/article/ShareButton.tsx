import { useEffect, useState } from 'react';
import { useStrings } from '../../ui/strings';

interface ShareButtonProps {
  title: string;
  text: string;
  /** The canonical URL of the article: what gets shared, whatever the address bar holds. */
  url: string;
}

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual' };

/**
 * "Share": the system share sheet where the browser has one (phones, some desktops); elsewhere the
 * link is copied, with a visible confirmation, or shown ready to copy by hand if the clipboard is closed.
 */
export function ShareButton({ title, text, url }: ShareButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const t = useStrings().article;

  useEffect(() => {
    if (outcome.kind !== 'copied') return;
    const timer = setTimeout(() => setOutcome({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);

  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to report.
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual' });
    }
  };

  return (
    <div className="share">
      <button type="button" className="share__button" onClick={() => void share()}>
        {t.share}
      </button>
      <span role="status" className="share__status">
        {outcome.kind === 'copied' && t.linkCopied}
      </span>
      {outcome.kind === 'manual' && (
        <label className="share__manual">
          {t.copyLink}
          <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

import { useEffect, useId, useRef } from 'react';
import type { UiStrings } from '../../i18n/catalogue';
import { useStrings } from '../../ui/strings';

const SHORTCUTS: [keys: string[], what: keyof UiStrings['shortcuts']][] = [
  [['/'], 'search'],
  [['j'], 'next'],
  [['k'], 'previous'],
  [['?'], 'help'],
  [['Esc'], 'close'],
];

interface ShortcutsHelpProps {
  onClose: () => void;
}

/** The keyboard shortcuts, in a modal dialog; focus returns to where it was when it closes. */
export default function ShortcutsHelp({ onClose }: ShortcutsHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const t = useStrings().shortcuts;
  useEffect(() => {
    const element = dialog.current!;
    const returnTo = document.activeElement as HTMLElement | null;
    element.showModal();
    close.current!.focus();
    return () => {
      element.close();
      returnTo?.focus();
    };
  }, []);
  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t.title}</h2>
      <dl className="shortcuts__list">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t[what]}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" ref={close}>
          {t.closeButton}
        </button>
      </form>
    </dialog>
  );
}

import { useEffect } from 'react';
import { focusSearch, moveThroughStories, shortcutFor } from './keyboard-shortcuts';

/** Wires the shortcuts to the document; `onHelp` opens the help dialog. */
export function useKeyboardShortcuts(onHelp: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      let handled = true;
      if (action === 'help') onHelp();
      else if (action === 'search') handled = focusSearch(document) !== null;
      else handled = moveThroughStories(document, action === 'next' ? 1 : -1) !== null;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onHelp]);
}

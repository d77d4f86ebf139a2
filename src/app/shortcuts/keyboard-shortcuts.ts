/**
 * Single-key shortcuts (as on most reading sites): "/" searches, j/k move to the next/previous story in
 * the lists on the page, "?" opens the help dialog. They never fire while the reader types in a field,
 * with a modifier held, or during IME composition.
 */
export type ShortcutAction = 'search' | 'next' | 'previous' | 'help';

/** The story headline links of the page, in reading order. */
export const STORY_LINKS = 'main .card__headline a';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || isTyping(event.target)) return null;
  if (event.key === '/') return 'search';
  if (event.key === '?') return 'help';
  if (event.shiftKey) return null;
  // By key, then by physical key, so j/k also work with a Persian (or any non-Latin) layout.
  if (event.key === 'j' || event.code === 'KeyJ') return 'next';
  if (event.key === 'k' || event.code === 'KeyK') return 'previous';
  return null;
}

/** Focuses the story after (or before) the focused one; from outside the list, the first (or last). */
export function moveThroughStories(doc: Document, step: 1 | -1): HTMLElement | null {
  const links = [...doc.querySelectorAll<HTMLElement>(STORY_LINKS)].filter((link) => link.getClientRects().length > 0);
  if (links.length === 0) return null;
  const current = links.indexOf(doc.activeElement as HTMLElement);
  const next = current === -1 ? (step === 1 ? 0 : links.length - 1) : Math.min(Math.max(current + step, 0), links.length - 1);
  const link = links[next]!;
  link.focus();
  link.scrollIntoView({ block: 'nearest' });
  return link;
}

export function focusSearch(doc: Document): HTMLInputElement | null {
  const input = doc.querySelector<HTMLInputElement>('[role="search"] input[type="search"]');
  input?.focus();
  input?.select();
  return input;
}

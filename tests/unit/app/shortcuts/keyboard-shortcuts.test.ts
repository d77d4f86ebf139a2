import { afterEach, describe, expect, it } from 'vitest';
import { focusSearch, moveThroughStories, shortcutFor } from '../../../../src/app/shortcuts/keyboard-shortcuts';

const key = (init: KeyboardEventInit, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('shortcutFor', () => {
  it('maps /, ?, j and k', () => {
    expect(shortcutFor(key({ key: '/' }))).toBe('search');
    expect(shortcutFor(key({ key: '?', shiftKey: true }))).toBe('help');
    expect(shortcutFor(key({ key: 'j' }))).toBe('next');
    expect(shortcutFor(key({ key: 'k' }))).toBe('previous');
    expect(shortcutFor(key({ key: 'x' }))).toBeNull();
  });

  it('works by physical key on a non-Latin layout (Persian ت is on the J key)', () => {
    expect(shortcutFor(key({ key: 'ت', code: 'KeyJ' }))).toBe('next');
  });

  it('never fires while typing, with a modifier, during composition, or when already handled', () => {
    const input = document.createElement('input');
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    expect(shortcutFor(key({ key: 'j' }, input))).toBeNull();
    expect(shortcutFor(key({ key: '/' }, document.createElement('textarea')))).toBeNull();
    expect(shortcutFor(key({ key: 'j', ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key({ key: 'k', metaKey: true }))).toBeNull();
    expect(shortcutFor(key({ key: 'J', shiftKey: true }))).toBeNull();
    expect(shortcutFor(key({ key: 'j', isComposing: true }))).toBeNull();
    const handled = key({ key: 'j' });
    handled.preventDefault();
    expect(shortcutFor(handled)).toBeNull();
  });
});

describe('moving through stories', () => {
  afterEach(() => document.body.replaceChildren());

  function page(count: number) {
    document.body.innerHTML = `<form role="search"><input type="search" value="old"></form><main>${Array.from({ length: count }, (_, i) => `<div class="card"><h3 class="card__headline"><a href="/article/s${i}">Story ${i}</a></h3></div>`).join('')}</main>`;
    // jsdom lays nothing out; give every link a box so it counts as visible.
    for (const link of document.querySelectorAll('a')) link.getClientRects = () => [{}] as unknown as DOMRectList;
    Element.prototype.scrollIntoView = () => {};
  }

  it('j from outside the list starts at the first story, k at the last, and both stop at the ends', () => {
    page(3);
    expect(moveThroughStories(document, 1)?.textContent).toBe('Story 0');
    expect(moveThroughStories(document, 1)?.textContent).toBe('Story 1');
    expect(moveThroughStories(document, 1)?.textContent).toBe('Story 2');
    expect(moveThroughStories(document, 1)?.textContent).toBe('Story 2');
    (document.activeElement as HTMLElement).blur();
    expect(moveThroughStories(document, -1)?.textContent).toBe('Story 2');
    expect(moveThroughStories(document, -1)?.textContent).toBe('Story 1');
  });

  it('does nothing on a page without stories', () => {
    page(0);
    expect(moveThroughStories(document, 1)).toBeNull();
  });

  it('/ focuses the search box with its text selected', () => {
    page(1);
    const input = focusSearch(document)!;
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 3]);
  });
});

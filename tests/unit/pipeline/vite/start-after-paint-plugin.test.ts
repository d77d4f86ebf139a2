import { afterEach, describe, expect, it, vi } from 'vitest';
import { starterSource } from '../../../../src/pipeline/vite/start-after-paint-plugin';

const listeners: [string, EventListener, boolean][] = [];

type Entries = { getEntriesByName: (name: string) => unknown[] };

/** Runs the starter with fake browser globals; returns what it imported and a way to report paints. */
function runStarter({ paintTiming }: { paintTiming: boolean }) {
  const imports: string[] = [];
  const frames: (() => void)[] = [];
  let observer: ((list: Entries, o: { disconnect: () => void }) => void) | undefined;
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
    constructor(callback: typeof observer) {
      observer = callback;
    }
    observe() {}
    disconnect() {}
  }
  const source = starterSource('index-abc.js').replace('import(', 'load(');
  // The starter's window listeners are tracked, so that each test's starter leaves with it.
  const add = (type: string, listener: EventListener, capture: boolean) => {
    listeners.push([type, listener, capture]);
    window.addEventListener(type, listener, capture);
  };
  const removed: string[] = [];
  const remove = (type: string, listener: EventListener, capture: boolean) => {
    removed.push(type);
    window.removeEventListener(type, listener, capture);
  };
  new Function('PerformanceObserver', 'requestAnimationFrame', 'setTimeout', 'load', 'addEventListener', 'removeEventListener', source)(
    FakeObserver,
    (cb: () => void) => frames.push(cb),
    setTimeout,
    (file: string) => imports.push(file),
    add,
    remove,
  );
  const paint = (name: string) => observer?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect: () => {} });
  return { imports, frames, paint, removed };
}

describe('starterSource', () => {
  afterEach(() => {
    vi.useRealTimers();
    for (const [type, listener, capture] of listeners.splice(0)) window.removeEventListener(type, listener, capture);
    document.documentElement.removeAttribute('data-interactive');
    document.body.replaceChildren();
  });

  it('imports the app once the first contentful paint is reported — not at first paint — and only once', async () => {
    vi.useFakeTimers();
    const { imports, paint } = runStarter({ paintTiming: true });
    paint('first-paint');
    expect(imports).toEqual([]);
    paint('first-contentful-paint');
    expect(imports).toEqual(['./index-abc.js']);
    await vi.advanceTimersByTimeAsync(600); // the fallback timer does not import it again
    expect(imports).toEqual(['./index-abc.js']);
  });

  it('without paint timing, starts after the next frame', async () => {
    vi.useFakeTimers();
    const { imports, frames } = runStarter({ paintTiming: false });
    frames.forEach((f) => f());
    await vi.advanceTimersByTimeAsync(0);
    expect(imports).toEqual(['./index-abc.js']);
  });

  it('still starts in a background tab, where nothing is painted', async () => {
    vi.useFakeTimers();
    const { imports } = runStarter({ paintTiming: true });
    await vi.advanceTimersByTimeAsync(499);
    expect(imports).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(imports).toEqual(['./index-abc.js']);
  });

  it('holds a button clicked before the app has taken over, starts the app at once, and clicks it again once interactive', async () => {
    const button = document.createElement('button');
    button.type = 'button';
    button.append('Share');
    document.body.append(button);
    const clicks: boolean[] = [];
    // Where React listens: below the window, so the starter's capturing listener sees the click first.
    document.body.addEventListener('click', () => clicks.push(document.documentElement.hasAttribute('data-interactive')));
    const { imports } = runStarter({ paintTiming: true });

    button.click();
    expect(clicks).toEqual([]);
    expect(imports).toEqual(['./index-abc.js']);

    document.documentElement.setAttribute('data-interactive', '');
    await vi.waitFor(() => expect(clicks).toEqual([true]));
    button.click(); // from now on clicks go straight through, once each
    expect(clicks).toEqual([true, true]);
  });

  it('leaves links, submit buttons and clicks after the app has started alone', () => {
    document.body.innerHTML = '<a href="#x">Story</a><form><button>Search</button></form>';
    document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    const clicks: string[] = [];
    document.body.addEventListener('click', (e) => clicks.push((e.target as Element).tagName));
    const { imports } = runStarter({ paintTiming: true });
    document.querySelector('a')!.click();
    document.querySelector('button')!.click();
    expect(clicks).toEqual(['A', 'BUTTON']);
    expect(imports).toEqual([]);
  });

  it('finds the button again in the same place if the app rendered the page anew', async () => {
    document.body.innerHTML = '<div id="root"><main><button type="button">Share</button></main></div>';
    const clicks: string[] = [];
    document.body.addEventListener('click', (e) => clicks.push((e.target as Element).textContent ?? ''));
    runStarter({ paintTiming: true });
    document.querySelector('button')!.click();
    document.getElementById('root')!.innerHTML = '<main><button type="button">Share</button></main>';
    document.documentElement.setAttribute('data-interactive', '');
    await vi.waitFor(() => expect(clicks).toEqual(['Share']));
  });

  it('clicks nothing if the button is gone or another one stands in its place', async () => {
    document.body.innerHTML = '<div id="root"><button type="button">Share</button></div>';
    const clicks: string[] = [];
    document.body.addEventListener('click', (e) => clicks.push((e.target as Element).textContent ?? ''));
    const { removed } = runStarter({ paintTiming: true });
    document.querySelector('button')!.click();
    document.getElementById('root')!.innerHTML = '<button type="button">Delete everything</button>';
    document.documentElement.setAttribute('data-interactive', '');
    // The starter has seen the app take over (it stops holding clicks, then replays in the same step).
    await vi.waitFor(() => expect(removed).toContain('click'));
    expect(clicks).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { starterSource } from '../../../../src/pipeline/vite/start-after-paint-plugin';

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
  new Function('PerformanceObserver', 'requestAnimationFrame', 'setTimeout', 'load', source)(FakeObserver, (cb: () => void) => frames.push(cb), setTimeout, (file: string) => imports.push(file));
  const paint = (name: string) => observer?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect: () => {} });
  return { imports, frames, paint };
}

describe('starterSource', () => {
  afterEach(() => {
    vi.useRealTimers();
    delete (window as { datelineEarly?: unknown }).datelineEarly;
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

  it('starts the app at once when a button was pressed before it ran, and hands its start to the early-controls script', async () => {
    vi.useFakeTimers();
    const early = { start: null as (() => void) | null, wanted: true };
    Object.assign(window, { datelineEarly: early });
    const { imports } = runStarter({ paintTiming: true });
    expect(imports).toEqual(['./index-abc.js']); // no paint, frame or timer waited for
    expect(early.start).toBeTypeOf('function');
    early.start!(); // a later press: still one app
    await vi.advanceTimersByTimeAsync(600);
    expect(imports).toEqual(['./index-abc.js']);
  });

  it('hands its start to the early-controls script, which calls it on a press', () => {
    const early = { start: null as (() => void) | null, wanted: false };
    Object.assign(window, { datelineEarly: early });
    const { imports } = runStarter({ paintTiming: true });
    expect(imports).toEqual([]);
    early.start!();
    expect(imports).toEqual(['./index-abc.js']);
  });
});

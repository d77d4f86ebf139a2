import { startTransition, useEffect, useState } from 'react';

const MINUTE = 60_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let hydrated = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((l) => l()), MINUTE);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Called once the prerendered page has hydrated: clocks mounted from then on start with the time. */
export function markHydrated(): void {
  hydrated = true;
}

/**
 * The current time, ticking once a minute. On the server and while hydrating prerendered HTML it is
 * `undefined` (so relative times never cause a mismatch); right after hydration every clock learns the
 * time in one transition — a low-priority, interruptible render — rather than the synchronous re-render
 * of every date on the page that a useSyncExternalStore with a different server snapshot would force.
 */
export function useNow(): number | undefined {
  const [now, setNow] = useState(() => (hydrated ? Date.now() : undefined));
  useEffect(() => {
    const tick = () => startTransition(() => setNow(Date.now()));
    if (now === undefined) tick();
    return subscribe(tick);
    // Subscribes once; `now` only decides whether the first tick is needed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return now;
}

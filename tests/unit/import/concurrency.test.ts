import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../../src/import/concurrency';

/** Calls whose promises the test settles by hand, counting how many are in flight. */
function handCalls() {
  const calls: { item: number; resolve: (value: string) => void; reject: (error: unknown) => void }[] = [];
  const waiters: { count: number; done: () => void }[] = [];
  const state = { inFlight: 0, maxInFlight: 0 };
  const fn = (item: number) =>
    new Promise<string>((resolve, reject) => {
      state.inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      const settle = <A>(how: (arg: A) => void) => (arg: A) => {
        state.inFlight -= 1;
        how(arg);
      };
      calls.push({ item, resolve: settle(resolve), reject: settle(reject) });
      for (const waiter of waiters.filter((w) => calls.length >= w.count)) waiter.done();
    });
  /** Resolves once `count` calls have started. */
  const started = (count: number) =>
    new Promise<void>((done) => {
      if (calls.length >= count) done();
      else waiters.push({ count, done });
    });
  return { calls, fn, started, state };
}

/** Lets pending promise callbacks run (microtasks only: no timers). */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

describe('mapLimit', () => {
  it('keeps the order of the items, whatever order the calls finish in', async () => {
    const { calls, fn, started } = handCalls();
    const result = mapLimit([0, 1, 2, 3, 4], 5, fn);
    await started(5);
    for (const call of [...calls].reverse()) call.resolve(`r${call.item}`);
    expect(await result).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('never has more than `limit` calls in flight, and starts the next one as one finishes', async () => {
    const { calls, fn, started, state } = handCalls();
    const items = Array.from({ length: 10 }, (_, i) => i);
    const result = mapLimit(items, 3, fn);
    await started(3);
    await drainMicrotasks();
    expect(calls).toHaveLength(3);
    for (let done = 0; done < items.length; done += 1) {
      calls[done]!.resolve(`r${done}`);
      await started(Math.min(done + 4, items.length));
    }
    expect(await result).toEqual(items.map((i) => `r${i}`));
    expect(calls.map((c) => c.item)).toEqual(items);
    expect(state.maxInFlight).toBe(3);
  });

  it('passes the index, and maps nothing to nothing', async () => {
    expect(await mapLimit(['a', 'b'], 4, async (item, index) => `${item}${index}`)).toEqual(['a0', 'b1']);
    expect(await mapLimit([], 4, async () => 'never')).toEqual([]);
  });

  it('rejects with the first error, starts nothing more, and waits for the calls already started', async () => {
    const { calls, fn, started, state } = handCalls();
    const first = new Error('first');
    let rejectedWith: unknown;
    let inFlightWhenRejected = -1;
    const result = mapLimit([0, 1, 2, 3, 4, 5], 2, fn).catch((error: unknown) => {
      rejectedWith = error;
      inFlightWhenRejected = state.inFlight;
    });
    await started(2);
    calls[0]!.reject(first);
    await drainMicrotasks();
    expect(rejectedWith).toBeUndefined();
    calls[1]!.reject(new Error('second'));
    await result;
    expect(rejectedWith).toBe(first);
    expect(inFlightWhenRejected).toBe(0);
    expect(calls).toHaveLength(2);
  });

  it('refuses a limit that is not a positive integer', async () => {
    await expect(mapLimit([1], 0, async (x) => x)).rejects.toThrow(RangeError);
    await expect(mapLimit([1], 1.5, async (x) => x)).rejects.toThrow(RangeError);
  });
});

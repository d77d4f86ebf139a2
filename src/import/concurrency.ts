/**
 * Calls `fn` on each item `items` yields, with at most `limit` calls in flight, taking the items in
 * order and only as a call is about to start, so a lazy iterable (a generator whose end depends on
 * what the calls found) is never read ahead. After the first rejection no further call is started, and
 * once the calls already started have settled the promise rejects with that first error (so a caller
 * cleaning up after a failure does not race calls still running).
 */
export async function forEachLimit<T>(items: Iterable<T>, limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`the limit must be a positive integer, got ${limit}`);
  const iterator = items[Symbol.iterator]();
  let next = 0;
  let exhausted = false;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && !exhausted) {
      const step = iterator.next();
      if (step.done) {
        exhausted = true;
        return;
      }
      const index = next;
      next += 1;
      try {
        await fn(step.value, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Array.isArray(items) ? Math.min(limit, items.length) : limit;
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure) throw failure.error;
}

/**
 * Maps `items` through `fn` with at most `limit` calls in flight, starting them in order; the results
 * are in the order of `items`, whatever order the calls finish in. Fails as forEachLimit does.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  await forEachLimit(items, limit, async (item, index) => {
    results[index] = await fn(item, index);
  });
  return results;
}

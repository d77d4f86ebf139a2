import { performance } from 'node:perf_hooks';

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

/**
 * Times the build's phases: each prints "Phase <name>: <s> s (rss <MB> MB, heap <MB> MB)" when it ends,
 * and `summary()` lists them all in one line for logs and the bench.
 */
export class PhaseLog {
  private readonly done: [string, number][] = [];

  constructor(private readonly log: (line: string) => void = console.log) {}

  async time<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await run();
    const seconds = (performance.now() - started) / 1000;
    this.done.push([name, seconds]);
    const { rss, heapUsed } = process.memoryUsage();
    this.log(`Phase ${name}: ${seconds.toFixed(2)} s (rss ${mb(rss)} MB, heap ${mb(heapUsed)} MB)`);
    return result;
  }

  summary(): string {
    return this.done.map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`).join(' · ');
  }
}

import { readdirSync, readFileSync } from 'node:fs';

/*
 * The memory of a process and all its descendants at once (Vite child, prerender workers share the
 * build's RSS as threads, Pagefind's own binary): sampled from /proc, the sum of VmRSS over the tree.
 */

function processTable(): Map<number, { ppid: number; rssKB: number }> {
  const table = new Map<number, { ppid: number; rssKB: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), { ppid, rssKB });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

export function treeRssKB(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rssKB ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree under `pid` every `everyMs` until stopped; returns the largest sum seen, in MB. */
export function sampleTreeRss(pid: number, everyMs = 200): { stop: () => number } {
  let peak = 0;
  const tick = () => {
    peak = Math.max(peak, treeRssKB(pid));
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(peak / 1024);
    },
  };
}

// @vitest-environment node
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFeed } from '../../../../src/import/feed/import-feed';
import type { Progress } from '../../../../src/import/progress';
import { Warnings } from '../../../../src/import/warnings';
import { removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

const paragraph = 'The tide gauge at the north quay read two metres ten at noon, and the pilots say the channel is clear. ';

function generatedFeed(items: number): string {
  const parts = ['<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tide Tables</title><link>https://tides.example/</link>'];
  for (let i = 0; i < items; i += 1) {
    parts.push(
      `<item><title>Tide report ${i}</title><link>https://tides.example/reports/${i}</link><guid>https://tides.example/reports/${i}</guid>`,
      `<pubDate>Tue, 01 Dec 2026 08:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate><category>Tides</category>`,
      `<content:encoded><![CDATA[<p>${paragraph.repeat(8)}</p><p><a href="https://tides.example/reports/${(i + 1) % items}">Next report</a></p>]]></content:encoded></item>`,
    );
  }
  parts.push('</channel></rss>');
  return parts.join('\n');
}

describe('a large RSS feed', () => {
  it('imports ~5 MB (5,000 items) in bounded time and memory, with progress by the megabyte', async () => {
    const text = generatedFeed(5_000);
    expect(text.length).toBeGreaterThan(4_500_000);
    const file = path.join(await tempDir(), 'feed.xml');
    await writeFile(file, text);
    const calls: string[] = [];
    const progress: Progress = { start: (n) => calls.push(`start ${n}`), setTotal: (n) => calls.push(`total ${n}`), increment: () => calls.push('+'), stop: () => calls.push('stop') };
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { bundle } = await importFeed(file, new Warnings(), { progress });
    const seconds = (performance.now() - started) / 1000;
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    expect(bundle.articles).toHaveLength(5_000);
    expect(new Set(bundle.articles.map((a) => a.slug)).size).toBe(5_000);
    // Links between items become Dateline links.
    expect(bundle.articles.find((a) => a.slug === '7')?.body.at(-1)).toEqual({ type: 'paragraph', content: [{ type: 'link', href: '/article/8', children: [{ type: 'text', text: 'Next report' }] }] });
    expect(seconds).toBeLessThan(30);
    // The mapped articles (and garbage not yet collected), not a tree of the document plus copies:
    // about 11× its size when measured (64 MB for 5.8 MB, no forced GC); the bound leaves room for that.
    expect(heapGrowth).toBeLessThan(text.length * 20);
    const megabytes = Math.ceil(text.length / (1024 * 1024));
    expect(calls).toEqual(['start 0', `total ${megabytes}`, ...Array<string>(megabytes).fill('+'), 'stop']);
  }, 60_000);
});

// @vitest-environment node
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { treeRssKB } from '../../../bench/tree-rss';

describe('treeRssKB', () => {
  it('counts a process and its children together', async () => {
    // A parent that starts a child holding ~80 MB, then says so.
    const script = `const c = require('child_process').spawn(process.execPath, ['-e', "const b = Buffer.alloc(80e6, 1); console.log('ready'); setInterval(() => b[0]++, 1000)"], { stdio: ['ignore', 'inherit', 'inherit'] }); process.on('SIGTERM', () => { c.kill(); process.exit(0); });`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await once(parent.stdout!, 'data');
      const alone = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${parent.pid}/status`, 'utf8'))![1]);
      const tree = treeRssKB(parent.pid!);
      expect(tree).toBeGreaterThan(alone + 70_000);
    } finally {
      parent.kill('SIGTERM');
      await once(parent, 'exit');
    }
  });
});

// @vitest-environment node
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run('npx', ['tsx', 'src/import/cli.ts', ...args], { cwd: path.resolve(import.meta.dirname, '../../../..') }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('npm run import -- feed', () => {
  it('imports an RSS file (exit 0), names malformed XML by line and column (exit 1), and refuses --skip-invalid (exit 2)', async () => {
    const dir = await tempDir();
    const ok = await cli('feed', 'tests/fixtures/feed/rss.xml', '--out', path.join(dir, 'content'), '--quiet', '--remote-media');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Imported into .* 3 articles \(3 added, 0 updated, 0 unchanged, 0 removed\); 2 categories, 3 authors, 2 tags\.\n/);

    const bad = path.join(dir, 'bad.xml');
    await writeFile(bad, '<rss><channel>\n  <item><title>Cut');
    const failed = await cli('feed', bad, '--out', path.join(dir, 'other'), '--quiet');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`${bad}: is not well-formed XML: <title> opened at line 2, column 9 is not closed before the end of the file`);

    const usage = await cli('feed', bad, '--out', path.join(dir, 'other'), '--skip-invalid');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^--skip-invalid is for wordpress and wordpress-export imports\n\nUsage:[\s\S]*npm run import -- feed <file-or-url>/);
  }, 60_000);
});

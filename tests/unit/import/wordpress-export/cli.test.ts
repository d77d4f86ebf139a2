// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

const FIXTURE = path.resolve(import.meta.dirname, '../../../fixtures/wordpress-export/export.xml');
const run = promisify(execFile);
const cli = (...args: string[]) =>
  run('npx', ['tsx', 'src/import/cli.ts', ...args], { cwd: path.resolve(import.meta.dirname, '../../../..') }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('npm run import -- wordpress-export', () => {
  it('imports, says what was not imported by kind; exits 1 on malformed XML with the line, 2 without the file', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'content');
    const ok = await cli('wordpress-export', FIXTURE, '--out', out, '--quiet', '--remote-media');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Imported into .* 4 articles \(4 added, 0 updated, 0 unchanged, 0 removed\); 3 categories, 2 authors, 3 tags\.\n/);
    expect(ok.stdout).toContain(
      'Not imported (only published posts are): attachment: 3, draft: 1, menu item: 1, page: 1, password-protected: 1, pending review: 1, private: 1, revision: 1, scheduled: 1, trashed: 1.',
    );

    const broken = path.join(dir, 'broken.xml');
    await writeFile(broken, (await readFile(FIXTURE, 'utf8')).slice(0, 9000));
    const failed = await cli('wordpress-export', broken, '--out', path.join(dir, 'other'), '--quiet');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/broken\.xml, field "line \d+": ends inside <\w+(:\w+)?>: the file is cut short/);

    const usage = await cli('wordpress-export', '--out', out);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^missing the export file \(\.xml\)\n\nUsage:[\s\S]*wordpress-export <export\.xml>/);
  }, 60_000);
});

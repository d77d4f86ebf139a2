import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/*
 * A new deploy while a reader is on the page: a copy of the build is served, the reader opens an
 * article, then the copy's service worker changes. The app asks before reloading.
 */
// Beside the preview server's port (E2E_PORT), so that two suites can run side by side.
const PORT = Number(process.env.E2E_PORT ?? 4180) + 5;
let server: ChildProcess | undefined;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-deploy-'));
  cpSync('dist', dir, { recursive: true });
  server = spawn('npx', ['tsx', 'src/pipeline/serve/serve.ts', '--dir', dir, '--port', String(PORT)], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://localhost:${PORT}/`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server for the deploy test did not start');
});

test.afterAll(() => {
  // npx starts vite as a child: stop the whole process group.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('a new version shows "A new version is available — Reload" and reloads only when asked', async ({ page }) => {
  await page.goto(`http://localhost:${PORT}/article/mosul-old-city-rebuild`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // A returning reader: the current version's service worker already controls the page.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByText('A new version is available')).toHaveCount(0);

  appendFileSync(path.join(dir, 'sw.js'), '\n// deploy 2\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  // Nothing reloads by itself: the new worker waits (a reload would follow its taking control), the
  // page that was loaded is the one still here, and only "Reload" moves on.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const workers = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting?.state, controllerIsActive: navigator.serviceWorker.controller?.scriptURL === registration?.active?.scriptURL };
    });
  expect(await workers()).toEqual({ waiting: 'installed', controllerIsActive: true });
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await expect(page.locator('article.article h1')).toBeVisible();
});

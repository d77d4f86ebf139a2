import { defineConfig, devices } from '@playwright/test';

const previewPort = Number(process.env.E2E_PORT ?? 4180);
const nginxPort = Number(process.env.NGINX_PORT ?? 4181);
const chromium = {
  ...devices['Desktop Chrome'],
  channel: undefined,
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

/**
 * End-to-end tests in the system Chromium against the production build in dist/: the app tests via
 * `npm run preview` (the app's static server), the server tests via real nginx with the shipped config (at / and under /news/).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Under CI the JSON report feeds scripts/test-report.ts (the failing tests' names, first).
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list'], ['html', { open: 'never' }]],
  // Bounds, not waits: a passing test takes what it needs. They are wide enough for a 2-core machine
  // that is busy with other work (the app starts after the first paint, hydration runs in slices).
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'app',
      testIgnore: [/server\//, /phone\.spec\.ts/],
      use: { ...chromium, baseURL: `http://localhost:${previewPort}` },
    },
    {
      name: 'phone',
      testMatch: /phone\.spec\.ts/,
      use: { ...devices['Pixel 7'], launchOptions: chromium.launchOptions, baseURL: `http://localhost:${previewPort}` },
    },
    {
      name: 'nginx',
      testMatch: /server\/.*\.spec\.ts/,
      use: { ...chromium, baseURL: `http://localhost:${nginxPort}/` },
    },
    {
      name: 'nginx-base-path',
      testMatch: /server\/.*\.spec\.ts/,
      use: { ...chromium, baseURL: `http://localhost:${nginxPort + 1}/news/` },
    },
  ],
  webServer: [
    {
      command: `npx tsx src/pipeline/serve/serve.ts --port ${previewPort}`,
      url: `http://localhost:${previewPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx tsx tests/e2e/server/start-nginx.ts`,
      env: { NGINX_PORT: String(nginxPort) },
      url: `http://localhost:${nginxPort + 1}/news/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});

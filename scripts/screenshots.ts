import { chromium } from '@playwright/test';

/*
 * Takes the README screenshot and the manifest's install screenshots from a running build:
 *   npm start   (in another terminal)   then   npx tsx scripts/screenshots.ts [http://localhost:4173]
 */
const base = process.argv[2] ?? 'http://localhost:4173';
const article = '/article/mosul-old-city-rebuild';
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });

const shots = [
  { file: 'docs/screenshot.png', width: 1280, height: 800, mobile: false },
  { file: 'content/demo/screenshots/wide.png', width: 1280, height: 800, mobile: false },
  { file: 'content/demo/screenshots/narrow.png', width: 412, height: 915, mobile: true },
];
for (const shot of shots) {
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, isMobile: shot.mobile, colorScheme: 'light' });
  await page.goto(base + article, { waitUntil: 'networkidle' });
  await page.screenshot({ path: shot.file });
  await page.close();
  console.log(`wrote ${shot.file}`);
}
await browser.close();

import { chromium, type Browser } from '@playwright/test';
import { CHROME_PATH } from './lighthouse';

/** Playwright's Chromium with the launch flags that work on this machine (as in playwright.config.ts). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

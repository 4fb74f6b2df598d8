/**
 * Test fixtures: `host` is a running web host with a fresh library (seeded with
 * `test.use({ libraryFiles })`), `app` is the page opened on it, and `shot(name)` saves a
 * screenshot under test-results/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from './webHost.ts';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

interface Fixtures {
  libraryFiles: Record<string, string>;
  host: WebHost;
  app: Page;
  shot(name: string): Promise<void>;
}

export const test = base.extend<Fixtures>({
  libraryFiles: [{}, { option: true }],
  host: async ({ libraryFiles }, use) => {
    const host = await startWebHost(libraryFiles);
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
    await page.goto(host.url);
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
    await use(page);
  },
  shot: async ({ page }, use) => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    });
  },
});

export { expect };

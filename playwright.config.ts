/**
 * e2e: the built renderer (`npm run build` → out/renderer) driven as a person would.
 * - `web`: Chromium against the web host; one host with a fresh library per test (e2e/support).
 * - `electron`: the desktop app, where the Electron binary is installed; elsewhere it says why
 *   and skips.
 * Playwright cleans its `outputDir` at the start of a run, so that is a subfolder: screenshots
 * of the main screens go to test-results/screenshots/, which survives.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.COPYDESK_E2E_OUTPUT ?? 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous: these machines are shared and often loaded; nothing here waits on a timer.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1360, height: 860 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'e2e/web',
      use: {
        browserName: 'chromium',
        launchOptions: chromiumPath ? { executablePath: chromiumPath } : {},
      },
    },
    {
      name: 'electron',
      testDir: 'e2e/electron',
    },
  ],
});

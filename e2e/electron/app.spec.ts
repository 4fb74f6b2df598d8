/**
 * The desktop app itself. Runs only where the Electron binary is installed; elsewhere it prints
 * one line saying why and skips with that reason.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronExecutable, electronMissingReason } from '../support/electronBinary.ts';

const reason = electronMissingReason();
if (reason) console.log(reason);

test.skip(reason !== null, reason ?? '');

test('the desktop app opens the library, creates an article and saves it', async () => {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-electron-'));
  const app = await electron.launch({
    executablePath: electronExecutable()!,
    args: [resolve(import.meta.dirname, '..', '..', 'out', 'main', 'index.js'), '--library', join(root, 'library')],
    env: { ...process.env, COPYDESK_CONFIG_DIR: join(root, 'config') },
  });
  try {
    const page = await app.firstWindow();
    const nav = page.getByRole('navigation', { name: 'Library' });
    await expect(nav).toBeVisible();
    await nav.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Desktop smoke test');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('Typed in the Electron window.');
    await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
    await expect(nav.getByRole('button', { name: /Desktop smoke test/ })).toBeVisible();
  } finally {
    await app.close();
    await rm(root, { recursive: true, force: true });
  }
});

import { expect, test } from '../support/fixtures.ts';
import { body, newArticle, waitForSaved } from '../support/editor.ts';

test('preferences set the author name and a dark theme that stays after a reload', async ({ app: page, shot }) => {
  await newArticle(page, 'Parliament passes the 2027 budget');
  await body(page).click();
  await page.keyboard.insertText('The vote was 180 to 95, with 25 abstentions.');
  await waitForSaved(page);

  await page.keyboard.press('ControlOrMeta+Comma');
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Jae-won Lee');
  await expect(dialog.getByRole('textbox', { name: 'Library folder' })).not.toHaveValue('');
  await shot('preferences');
  await dialog.getByText('Dark', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot('editor-dark');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('ControlOrMeta+Comma');
  await expect(page.getByRole('dialog', { name: 'Preferences' }).getByRole('textbox', { name: 'Your name' })).toHaveValue('Jae-won Lee');
});

/**
 * The house style book in the editor: kept in the library folder, edited in Preferences →
 * House style, applied to open articles at once, its variants fixed with one click.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { body, library, newArticle, waitForSaved } from '../support/editor.ts';
import { factCheck } from '../review/page.ts';

async function openPreferences(page: Page) {
  await page.keyboard.press('ControlOrMeta+Comma');
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await expect(dialog).toBeVisible();
  return { dialog, houseStyle: dialog.getByRole('region', { name: 'House style' }) };
}

function houseStyleFindings(page: Page) {
  return factCheck(page).getByRole('region', { name: /^House style/ }).getByRole('listitem');
}

test.describe('a style book saved in Preferences', () => {
  test('flags "Kiev" in the open article at once, fixes it with one click, and is still there after a reload', async ({ app: page, host, shot }) => {
    await newArticle(page, 'Lawmakers arrive for talks');
    await body(page).click();
    await page.keyboard.insertText('The delegation arrived in Kiev by night train on Tuesday.');
    await waitForSaved(page);
    await expect(factCheck(page).getByText(/^\d+ findings?$/)).toBeVisible();
    await expect(houseStyleFindings(page)).toHaveCount(0);

    const { dialog, houseStyle } = await openPreferences(page);
    await expect(houseStyle.getByText('No entries yet.')).toBeVisible();
    // Keyboard only: type the entry, Enter adds it (and does not submit the Preferences form).
    await houseStyle.getByRole('textbox', { name: 'New preferred form' }).fill('Kyiv');
    await houseStyle.getByRole('textbox', { name: 'Its variants' }).fill('Kiev');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(houseStyle.getByRole('textbox', { name: 'Variants of Kyiv' })).toHaveValue('Kiev');
    await houseStyle.getByRole('textbox', { name: 'New preferred form' }).fill('Yoon Suk Yeol');
    await houseStyle.getByRole('textbox', { name: 'Its variants' }).fill('Yun Seok-yeol, Yoon Seok-yeol');
    await houseStyle.getByRole('button', { name: 'Add' }).click();
    await expect(houseStyle.getByRole('status')).toHaveText('Unsaved changes to the house style.');
    await houseStyle.getByRole('button', { name: 'Apply to library' }).click();
    await expect(houseStyle.getByRole('status')).toHaveText('Saved: 2 entries. Open articles are checked with it now.');
    await expect(houseStyle.getByText('2 entries in use')).toBeVisible();
    await shot('preferences-house-style');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // The article typed before the book existed is checked again without another keystroke.
    const finding = houseStyleFindings(page).filter({ hasText: 'House style is "Kyiv", not "Kiev".' });
    await expect(finding).toHaveCount(1);
    // …and underlined in the text, in the house style colour (a CSS custom highlight).
    const underlined = () => page.evaluate("CSS.highlights.get('cd-style-book')?.size ?? 0");
    await expect.poll(underlined).toBe(1);
    await finding.getByRole('button', { name: 'Change to ‘Kyiv’' }).click();
    await expect(body(page)).toHaveText('The delegation arrived in Kyiv by night train on Tuesday.');
    await expect(houseStyleFindings(page)).toHaveCount(0);
    await expect.poll(underlined).toBe(0);
    await waitForSaved(page);

    // New copy is checked against the book as it is typed.
    await body(page).press('End');
    await page.keyboard.insertText(' Kiev\'s mayor met them.');
    await expect(houseStyleFindings(page).filter({ hasText: 'not "Kiev"' })).toHaveCount(1);

    const onDisk = JSON.parse(await readFile(join(host.libraryDir, 'style-book.json'), 'utf8'));
    expect(onDisk).toEqual({ entries: { Kyiv: ['Kiev'], 'Yoon Suk Yeol': ['Yun Seok-yeol', 'Yoon Seok-yeol'] } });

    await page.reload();
    // The book sits beside the articles without being taken for a damaged one.
    await expect(library(page).getByText('Lawmakers arrive for talks')).toBeVisible();
    await expect(library(page).getByText(/damaged/i)).toHaveCount(0);
    const again = await openPreferences(page);
    await expect(again.houseStyle.getByRole('textbox', { name: 'Variants of Kyiv' })).toHaveValue('Kiev');
    await expect(again.houseStyle.getByRole('textbox', { name: 'Variants of Yoon Suk Yeol' })).toHaveValue('Yun Seok-yeol, Yoon Seok-yeol');
  });

  test('a name spelled several ways whose person is in the book is unified to the book’s form', async ({ app: page }) => {
    const { dialog, houseStyle } = await openPreferences(page);
    await houseStyle.getByRole('textbox', { name: 'New preferred form' }).fill('Yoon Suk Yeol');
    await houseStyle.getByRole('textbox', { name: 'Its variants' }).fill('Yun Seok-yeol');
    await houseStyle.getByRole('button', { name: 'Add' }).click();
    // The dialog's own Save applies the house style too, before it closes.
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();

    await newArticle(page, 'President visits Kyiv');
    await body(page).click();
    await page.keyboard.insertText('South Korean President Yun Seok-yeol arrived in Kyiv on Saturday.');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Yoon Seok-yeol met officials, and Yun promised more aid.');
    const names = factCheck(page).getByRole('region', { name: /^Names/ }).getByRole('listitem').filter({ hasText: 'Yun Seok-yeol' }).first();
    await expect(names).toContainText('house style: Yoon Suk Yeol');
    await names.getByRole('button', { name: 'Use ‘Yoon Suk Yeol’ everywhere' }).click();
    await expect(body(page)).toContainText('President Yoon Suk Yeol arrived');
    await expect(body(page)).toContainText('Yoon Suk Yeol met officials');
    await expect(body(page)).not.toContainText('Seok-yeol');
  });
});

test.describe('a damaged style-book.json', () => {
  const DAMAGED = '{\n  "entries": {\n    "Kyiv": ["Kiev"],\n    "Yoon Suk Yeol": 7\n  }\n}\n';
  test.use({ libraryFiles: { 'style-book.json': DAMAGED } });

  test('is reported in Preferences, left byte for byte as it was, and replaced only when the user saves over it', async ({ app: page, host, shot }) => {
    const path = join(host.libraryDir, 'style-book.json');
    // A style book, even a damaged one, is not an article: the library does not list it.
    await expect(library(page).getByText(/^No articles yet\./)).toBeVisible();
    await expect(library(page).getByText(/damaged/i)).toHaveCount(0);
    const { houseStyle } = await openPreferences(page);
    const alert = houseStyle.getByRole('alert');
    await expect(alert).toContainText('The house style file cannot be used, so no house style is checked.');
    await expect(alert).toContainText('Style book entry "Yoon Suk Yeol": variants must be a list of strings, not a number.');
    await expect(houseStyle.getByText('Not in use')).toBeVisible();
    await shot('preferences-house-style-damaged');
    expect(await readFile(path, 'utf8')).toBe(DAMAGED);

    // Typing is checked without the book meanwhile, and nothing writes to the file.
    await houseStyle.page().getByRole('dialog', { name: 'Preferences' }).getByRole('button', { name: 'Cancel' }).click();
    await newArticle(page, 'Lawmakers arrive for talks');
    await body(page).click();
    await page.keyboard.insertText('The delegation arrived in Kiev on Tuesday.');
    await waitForSaved(page);
    await expect(houseStyleFindings(page)).toHaveCount(0);
    expect(await readFile(path, 'utf8')).toBe(DAMAGED);

    const { houseStyle: section } = await openPreferences(page);
    await section.getByRole('textbox', { name: 'New preferred form' }).fill('Kyiv');
    await section.getByRole('textbox', { name: 'Its variants' }).fill('Kiev');
    await section.getByRole('button', { name: 'Add' }).click();
    await section.getByRole('button', { name: 'Replace the damaged file' }).click();
    await expect(section.getByRole('status')).toContainText(/The damaged file is kept as style-book\.damaged-\d{8}T\d{6}Z\.json\.bak\./);
    await expect(section.getByRole('alert')).toHaveCount(0);
    const backup = (await readdir(host.libraryDir)).find((f) => f.startsWith('style-book.damaged-'));
    expect(await readFile(join(host.libraryDir, backup!), 'utf8')).toBe(DAMAGED);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ entries: { Kyiv: ['Kiev'] } });
  });
});

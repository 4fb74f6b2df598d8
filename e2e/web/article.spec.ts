import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures.ts';
import { articleEntry, body, library, newArticle, saveState, waitForSaved } from '../support/editor.ts';

const HEADLINE = 'South Korean delegation arrives in Kyiv';

test('an article written with formatting is saved, survives a reload and is on disk', async ({ app: page, host, shot }) => {
  await expect(library(page)).toContainText('No articles yet');
  await shot('first-start');
  await newArticle(page, HEADLINE);
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Talks on reconstruction aid begin on Tuesday.');
  await page.getByRole('textbox', { name: 'Byline' }).fill('Min-ji Park');
  await page.getByRole('textbox', { name: 'Dateline' }).fill('Kyiv');

  const editor = body(page);
  await editor.click();
  // insertText for running prose (fast on a loaded machine); real key presses for shortcuts.
  await page.keyboard.insertText('The delegation, led by the deputy foreign minister, arrived by ');
  await page.keyboard.press('ControlOrMeta+b');
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.insertText('overnight train');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Officials listed three priorities:');
  await page.keyboard.press('Enter');
  // Markdown shortcut: "- " starts a bulleted list.
  await page.keyboard.type('- ');
  await page.keyboard.insertText('Energy infrastructure');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Demining');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Housing');

  await expect(editor.locator('strong, b').filter({ hasText: 'overnight train' })).toHaveCount(1);
  await expect(editor.locator('ul > li')).toHaveText(['Energy infrastructure', 'Demining', 'Housing']);
  await waitForSaved(page);
  await expect(page.getByRole('contentinfo')).toContainText(/\d+ words/);
  await shot('editor-light');

  // Reload: the last article reopens with its text and formatting.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Talks on reconstruction aid begin on Tuesday.');
  await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue('Min-ji Park');
  await expect(body(page).locator('p').first()).toHaveText('The delegation, led by the deputy foreign minister, arrived by overnight train.');
  await expect(body(page).locator('strong, b').filter({ hasText: 'overnight train' })).toHaveCount(1);
  await expect(body(page).locator('ul > li')).toHaveText(['Energy infrastructure', 'Demining', 'Housing']);
  await expect(saveState(page)).toHaveText('Saved');

  // The file on disk holds the same article.
  const files = (await readdir(host.libraryDir)).filter((f) => f.endsWith('.json'));
  expect(files).toHaveLength(1);
  const onDisk = JSON.parse(await readFile(join(host.libraryDir, files[0]!), 'utf8'));
  expect(onDisk).toMatchObject({ format: 'copydesk-article', version: 1, title: HEADLINE, byline: 'Min-ji Park', dateline: 'Kyiv' });
  const texts = collectText(onDisk.body.root);
  expect(texts.find((t) => t.text === 'overnight train')?.format).toBe(1); // 1 = bold in Lexical
  expect(JSON.stringify(onDisk.body)).toMatch(/"type":"list".*"listType":"bullet"|"listType":"bullet".*"type":"list"/);
  expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['Energy infrastructure', 'Demining', 'Housing']));
});

test('renaming through the headline updates the library list and the file', async ({ app: page, host }) => {
  await newArticle(page, 'Draft headline');
  await waitForSaved(page);
  await expect(articleEntry(page, 'Draft headline')).toBeVisible();

  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Seoul pledges $2bn for Ukraine rebuilding');
  await expect(articleEntry(page, 'Seoul pledges $2bn for Ukraine rebuilding')).toBeVisible();
  await expect(page).toHaveTitle('Seoul pledges $2bn for Ukraine rebuilding — Copydesk');
  await expect(articleEntry(page, 'Draft headline')).toHaveCount(0);
  await waitForSaved(page);

  const [file] = (await readdir(host.libraryDir)).filter((f) => f.endsWith('.json'));
  const onDisk = JSON.parse(await readFile(join(host.libraryDir, file!), 'utf8'));
  expect(onDisk.title).toBe('Seoul pledges $2bn for Ukraine rebuilding');
});

test('an article moved to the trash can be restored', async ({ app: page, shot }) => {
  await newArticle(page, 'Mayor resigns over bridge contract');
  await waitForSaved(page);
  await newArticle(page, 'Flood warnings along the Han river');
  await waitForSaved(page);

  const nav = library(page);
  await nav.getByRole('button', { name: 'Move “Mayor resigns over bridge contract” to the trash' }).click();
  await expect(articleEntry(page, 'Mayor resigns over bridge contract')).toHaveCount(0);

  await nav.getByRole('button', { name: /^Trash/ }).click();
  const trash = nav.getByRole('list', { name: 'Trash' });
  await expect(trash.getByText('Mayor resigns over bridge contract')).toBeVisible();
  await shot('trash');
  await trash.getByRole('button', { name: 'Restore “Mayor resigns over bridge contract”' }).click();
  await expect(nav.getByText('The trash is empty.')).toBeVisible();

  await nav.getByRole('button', { name: 'Articles', exact: true }).click();
  const restored = articleEntry(page, 'Mayor resigns over bridge contract');
  await expect(restored).toBeVisible();
  await restored.click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Mayor resigns over bridge contract');
});

interface TextNode { text: string; format: number }

function collectText(node: { text?: string; format?: number; children?: unknown[] }): TextNode[] {
  const own = typeof node.text === 'string' ? [{ text: node.text, format: Number(node.format ?? 0) }] : [];
  return own.concat(...((node.children ?? []) as typeof node[]).map(collectText));
}

/** Steps the review specs take on the page: open the seed story, select text, read panels. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { plainTextOf } from '../../shared/article/plainText.ts';
import type { Article } from '../../shared/article/schema.ts';

export const SEED_TITLE = 'South Korean delegation to visit Ukraine';

export function factCheck(page: Page): Locator {
  return page.getByRole('region', { name: 'Fact-check' });
}
export function quotesPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Quotes' });
}
export function tagsPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Tags' });
}

export async function openSeed(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByText(SEED_TITLE).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(SEED_TITLE);
  // The first analysis has arrived once the panel stops saying "Checking…".
  await expect(factCheck(page).getByText(/\d+ findings?$/)).toBeVisible();
}

/** Select the first occurrence of `needle` in the article body, as a mouse drag would. */
export async function selectInBody(page: Page, needle: string): Promise<void> {
  // Runs in the page (the Node-side tsconfig has no DOM types, hence a script string).
  const found = await page.evaluate(`(() => {
    const text = ${JSON.stringify(needle)};
    const root = document.getElementById('article-body');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent.indexOf(text);
      if (i < 0) continue;
      root.focus();
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + text.length);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }
    return false;
  })()`);
  expect(found, `"${needle}" is in the body`).toBe(true);
  // Lexical picks the DOM selection up on selectionchange.
  await expect(page.getByRole('button', { name: 'Flag selection' })).toBeEnabled();
}

export async function articleOnDisk(libraryDir: string, id: string): Promise<Article> {
  return JSON.parse(await readFile(join(libraryDir, `${id}.json`), 'utf8')) as Article;
}

export async function bodyTextOnDisk(libraryDir: string, id: string): Promise<string> {
  return plainTextOf((await articleOnDisk(libraryDir, id)).body);
}

/** The text the page has selected. */
export async function selectedText(page: Page): Promise<string> {
  return String(await page.evaluate('String(window.getSelection() ?? "")'));
}

/** Show one review panel alone (or all of them) with the buttons above the panels. */
export async function showPanel(page: Page, name: 'All' | 'Fact-check' | 'Quotes' | 'Tags'): Promise<void> {
  const button = page.getByRole('group', { name: 'Review panels' }).getByRole('button', { name, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

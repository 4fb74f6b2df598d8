/** Small steps a journalist takes, shared by the specs. */
import { expect, type Page } from '@playwright/test';

export function library(page: Page) {
  return page.getByRole('navigation', { name: 'Library' });
}

export function body(page: Page) {
  return page.getByRole('textbox', { name: 'Article body' });
}

export function saveState(page: Page) {
  return page.getByRole('contentinfo').getByRole('status');
}

/** The status bar's save state once every change is on disk. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(saveState(page)).toHaveText('Saved', { timeout: 10_000 });
}

/** New article (Ctrl+Alt+N in a browser, where Ctrl+N belongs to the browser), headline focused. */
export async function newArticle(page: Page, headline: string): Promise<void> {
  await library(page).getByRole('button', { name: 'New article' }).click();
  const field = page.getByRole('textbox', { name: 'Headline' });
  await expect(field).toBeFocused();
  await field.fill(headline);
}

/** The library list's entry for an article (its open button, whose name starts with the title). */
export function articleEntry(page: Page, title: string) {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return library(page).getByRole('list', { name: 'Articles' }).getByRole('button', { name: new RegExp(`^${escaped}`) });
}

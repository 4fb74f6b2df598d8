/**
 * A library that scales (issue 5), in Chromium through the web host: search from the sidebar
 * opens an article at the match; filters narrow the results; a restored version brings back
 * deleted text and the restore itself can be undone from history; an article that spells a name
 * differently from the rest of the library is told so in the fact-check panel.
 */
import type { Page } from '@playwright/test';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import type { Article } from '../../shared/article/schema.ts';
import { makeArticle } from '../../electron/tools/make-library.ts';
import { expect, test } from '../support/fixtures.ts';
import { articleEntry, body, library, waitForSaved } from '../support/editor.ts';

const GRAIN_PARAGRAPHS = [
  'Grain shipments from the southern ports resumed on Tuesday after a three-week pause.',
  'Port officials said 14 vessels had left since dawn, most of them bound for Egypt and Turkey.',
  'Insurers, who had refused cover during the pause, returned to the market on Monday.',
  'In the harbour villages, the lighthouse keepers of Odesa kept their lamps dark for a third night, on military orders.',
  'The agriculture ministry expects exports to reach last year’s level by the end of the season.',
];

function article(id: string, fields: Partial<Article>): Article {
  const base = makeArticle(0);
  return { ...base, id, revision: 3, tags: [], flags: [], quotes: [], dismissed: [], ...fields };
}

/** Forty generated articles around the ones each test is about. */
function seed(extra: Article[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const a = makeArticle(100 + i);
    files[`${a.id}.json`] = JSON.stringify(a);
  }
  for (const a of extra) files[`${a.id}.json`] = JSON.stringify(a);
  return files;
}

function searchBox(page: Page) {
  return library(page).getByRole('searchbox', { name: 'Search the library' });
}
function results(page: Page) {
  return library(page).getByRole('region', { name: 'Search results' });
}

test.describe('search', () => {
  test.use({
    libraryFiles: seed([
      article('grain-exports', { title: 'Grain exports resume from southern ports', body: bodyFromParagraphs(GRAIN_PARAGRAPHS), status: 'published' }),
    ]),
  });

  test('finds an article by a phrase in its body and opens it at the match', async ({ app: page, shot }) => {
    await searchBox(page).fill('lighthouse keepers');
    const hit = results(page).getByRole('button', { name: /Grain exports resume/ });
    await expect(hit).toBeVisible();
    await expect(results(page).getByRole('status')).toHaveText(/^1 article matches\./);
    await expect(hit.locator('mark')).toHaveText(['lighthouse', 'keepers']);
    await shot('library-search');

    await hit.click();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Grain exports resume from southern ports');
    // The match is selected in the body (and so scrolled into view).
    await expect.poll(() => page.evaluate<string>('String(window.getSelection())')).toBe('lighthouse');
    await expect(body(page)).toBeFocused();
  });
});

test.describe('filters', () => {
  const recent = new Date(Date.now() - 3_600_000).toISOString();
  test.use({
    libraryFiles: seed([
      article('levy-vote', { title: 'Council levy vote delayed', body: bodyFromParagraphs(['The vote on the tourist levy was delayed after a row over library closures.']), status: 'published', tags: ['politics'] }),
      article('levy-march', { title: 'Teachers march against levy rise', body: bodyFromParagraphs(['Hundreds of teachers marched against the levy rise in the city centre.']), status: 'draft', tags: ['education'], updatedAt: recent, createdAt: recent }),
    ]),
  });

  test('status, edited-since and sort narrow and order the results', async ({ app: page }) => {
    await searchBox(page).fill('levy');
    const titles = results(page).locator('.search-hit-title');
    await expect(titles).toHaveCount(2);

    await library(page).getByRole('combobox', { name: 'Filter by status' }).selectOption('draft');
    await expect(titles).toHaveText(['Teachers march against levy rise']);
    // The filter bar narrows the library list below as well.
    await expect(articleEntry(page, 'Council levy vote delayed')).toHaveCount(0);

    await library(page).getByRole('combobox', { name: 'Filter by status' }).selectOption('all');
    await expect(titles).toHaveCount(2);
    await library(page).getByRole('combobox', { name: 'Edited since' }).selectOption('day');
    await expect(titles).toHaveText(['Teachers march against levy rise']);

    await library(page).getByRole('combobox', { name: 'Edited since' }).selectOption('any');
    await library(page).getByRole('combobox', { name: 'Sort results' }).selectOption('headline');
    await expect(titles).toHaveText(['Council levy vote delayed', 'Teachers march against levy rise']);

    await searchBox(page).press('Escape');
    await expect(results(page)).toHaveCount(0);
  });
});

test.describe('history', () => {
  test.use({
    libraryFiles: seed([
      article('grain-exports', { title: 'Grain exports resume from southern ports', body: bodyFromParagraphs(GRAIN_PARAGRAPHS), updatedAt: new Date().toISOString() }),
    ]),
  });

  test('a restored version brings back deleted text, and the restore can be undone', async ({ app: page, shot }) => {
    await articleEntry(page, 'Grain exports resume from southern ports').click();
    await expect(body(page)).toContainText('lighthouse keepers');

    const history = page.getByRole('dialog', { name: 'History' });
    await page.getByRole('button', { name: 'History' }).click();
    await history.getByRole('button', { name: 'Keep this version' }).click();
    await expect(history.getByRole('status')).toHaveText('This version is kept in the history.');
    await history.getByRole('button', { name: 'Close' }).click();

    // Delete everything and write one new paragraph.
    await body(page).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Shipments resumed.');
    await expect(body(page)).not.toContainText('lighthouse');
    await waitForSaved(page);

    await page.getByRole('button', { name: 'History' }).click();
    await history.getByRole('list', { name: 'Versions' }).getByRole('button', { name: /Kept by hand/ }).click();
    await expect(history.locator('.diff-text del')).toContainText(['lighthouse keepers of Odesa']);
    await shot('history-diff');
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await expect(history.getByRole('status')).toContainText('Restored.');
    await expect(body(page)).toContainText('the lighthouse keepers of Odesa kept their lamps dark');

    // Undo: the version the restore replaced is selected; restoring it brings back the new text.
    await expect(history.getByRole('button', { name: /Before a restore/ })).toHaveAttribute('aria-pressed', 'true');
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await expect(body(page)).toHaveText('Shipments resumed.');
    await history.getByRole('button', { name: 'Close' }).click();

    // And it is on disk: a reload shows the same text.
    await page.reload();
    await expect(body(page)).toHaveText('Shipments resumed.');
  });
});

test.describe('library-wide names', () => {
  test.use({
    libraryFiles: seed([
      article('zelensky-kharkiv', {
        title: 'Zelensky visits Kharkiv',
        body: bodyFromParagraphs([
          'President Volodymyr Zelensky visited Kharkiv on Monday, his first trip to the region since the spring.',
          'Zelensky met soldiers and local officials, his office said.',
        ]),
      }),
      article('aid-delayed', {
        title: 'Aid delayed, says president',
        updatedAt: new Date().toISOString(),
        body: bodyFromParagraphs([
          'Volodymyr Zelenskyy told reporters in Kyiv that promised air defence systems had not arrived.',
          'Zelenskyy said the delay was costing lives.',
        ]),
      }),
    ]),
  });

  test('two articles that disagree on a name produce the library-wide finding, with a fix', async ({ app: page, shot }) => {
    await articleEntry(page, 'Aid delayed, says president').click();
    const section = page.getByRole('region', { name: /Across the library/ });
    // The generated articles around them name him too, in the house spelling.
    await expect(section).toContainText(/This article spells it “Volodymyr Zelenskyy”; \d+ other articles? uses? “Volodymyr Zelensky”\./);
    await shot('library-names');
    await section.getByRole('button', { name: 'Use ‘Volodymyr Zelensky’' }).click();
    await expect(body(page)).toContainText('Volodymyr Zelensky told reporters');
    await expect(section).toHaveCount(0);
  });
});

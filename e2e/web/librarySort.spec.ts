/**
 * Sorting the library list (issue 5): the order chosen beside the filters applies to the list
 * itself, not only to search results, and is remembered when the window is opened again.
 */
import type { Article } from '../../shared/article/schema.ts';
import { makeArticle } from '../../electron/tools/make-library.ts';
import { expect, test } from '../support/fixtures.ts';
import { library } from '../support/editor.ts';

/** Edited most recently first: Rotterdam, Kharkiv, Aberdeen, budget; created in the reverse order. */
const ARTICLES: [id: string, title: string, createdAt: string, updatedAt: string][] = [
  ['rotterdam-port', 'Rotterdam port strike enters second week', '2026-03-01T08:00:00.000Z', '2026-11-20T09:00:00.000Z'],
  ['kharkiv-power', 'Kharkiv power restored after overnight strikes', '2026-04-01T08:00:00.000Z', '2026-11-19T09:00:00.000Z'],
  ['aberdeen-wind', 'Aberdeen wind farm wins approval', '2026-05-01T08:00:00.000Z', '2026-11-18T09:00:00.000Z'],
  ['budget-vote', 'budget vote delayed as coalition talks stall', '2026-06-01T08:00:00.000Z', '2026-11-17T09:00:00.000Z'],
];

function files(): Record<string, string> {
  const out: Record<string, string> = {};
  ARTICLES.forEach(([id, title, createdAt, updatedAt], i) => {
    const a: Article = { ...makeArticle(i), id, title, createdAt, updatedAt, tags: [], flags: [], quotes: [], dismissed: [] };
    out[`${id}.json`] = JSON.stringify(a);
  });
  return out;
}

test.use({ libraryFiles: files() });

test('sorts the article list by headline, by creation, and remembers the order', async ({ app: page, shot }) => {
  const titles = library(page).getByRole('list', { name: 'Articles' }).locator('.article-title');
  const sort = library(page).getByRole('combobox', { name: 'Sort the list' });
  await expect(titles).toHaveText([
    'Rotterdam port strike enters second week',
    'Kharkiv power restored after overnight strikes',
    'Aberdeen wind farm wins approval',
    'budget vote delayed as coalition talks stall',
  ]);

  await sort.selectOption({ label: 'Sort by headline A–Z' });
  await expect(titles).toHaveText([
    'Aberdeen wind farm wins approval',
    'budget vote delayed as coalition talks stall',
    'Kharkiv power restored after overnight strikes',
    'Rotterdam port strike enters second week',
  ]);
  await shot('library-sorted-by-headline');

  await sort.selectOption({ label: 'Sort by newest' });
  await expect(titles.first()).toHaveText('budget vote delayed as coalition talks stall');
  await expect(titles.last()).toHaveText('Rotterdam port strike enters second week');

  await sort.selectOption({ label: 'Sort by headline A–Z' });
  await page.reload();
  await expect(sort).toHaveValue('headline');
  await expect(titles.first()).toHaveText('Aberdeen wind farm wins approval');
});

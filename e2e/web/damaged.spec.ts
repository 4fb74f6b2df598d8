import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import { expect, test } from '../support/fixtures.ts';
import { articleEntry, body, library } from '../support/editor.ts';

const now = '2026-11-20T09:30:00.000Z';
const goodArticle = {
  format: 'copydesk-article',
  version: 1,
  id: 'kyiv-visit',
  revision: 3,
  createdAt: now,
  updatedAt: now,
  title: 'Delegation meets Ukrainian officials',
  standfirst: '',
  byline: 'Staff reporter',
  dateline: 'Kyiv',
  status: 'in-review',
  tags: ['ukraine'],
  body: bodyFromParagraphs(['The delegation met officials in Kyiv on Tuesday.', 'Talks continue on Wednesday.']),
  flags: [],
  quotes: [],
  dismissed: [],
};

test.use({
  libraryFiles: {
    'kyiv-visit.json': JSON.stringify(goodArticle, null, 2),
    'half-written.json': '{"format":"copydesk-article","version":1,"id":"half-wri',
  },
});

test('a damaged file is listed as damaged while the other articles open', async ({ app: page, shot }) => {
  const nav = library(page);
  const damaged = nav.getByRole('list', { name: 'Damaged files' });
  await expect(damaged.getByRole('listitem')).toHaveCount(1);
  await expect(damaged).toContainText('half-written.json');
  await expect(damaged).toContainText('Damaged:');
  // Not openable: no button to open it.
  await expect(damaged.getByRole('button')).toHaveCount(0);

  await articleEntry(page, 'Delegation meets Ukrainian officials').click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Delegation meets Ukrainian officials');
  await expect(body(page)).toContainText('The delegation met officials in Kyiv on Tuesday.');
  await expect(nav.getByRole('list', { name: 'Articles' })).toContainText('In review');
  await shot('damaged-file');
});

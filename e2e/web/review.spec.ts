/**
 * Review in the editor (issue 4), driven as an editor would, on the scraped Korean-delegation
 * story imported as an article.
 */
import { analyze } from '../../shared/analysis/index.ts';
import { expect, test } from '../support/fixtures.ts';
import { body, waitForSaved } from '../support/editor.ts';
import { paragraphsOf, seedLibrary, SEED_TEXT } from '../review/seed.ts';
import { articleOnDisk, bodyTextOnDisk, factCheck, openSeed, quotesPanel, selectedText, selectInBody, showPanel, tagsPanel } from '../review/page.ts';

test.use({ libraryFiles: seedLibrary() });

const SEED_ID = 'korea-delegation';
/** The story as the editor holds it: one paragraph per line of the .txt. */
const STORY = paragraphsOf(SEED_TEXT).join('\n\n');
const expected = analyze(STORY);

test('the president’s spellings are one name finding; one click unifies them; one undo brings them back', async ({ app: page, host, shot }) => {
  const president = expected.findings.find((f) => f.check === 'names' && f.variants?.some((v) => v.text === 'Yun Seok-yeol'));
  // The engine must find the spellings; a build without them fails here rather than skipping.
  expect(president?.variants?.length ?? 0).toBeGreaterThanOrEqual(2);
  await openSeed(page);
  const names = factCheck(page).getByRole('region', { name: /^Names/ });
  const finding = names.getByRole('listitem').filter({ hasText: 'Yun Seok-yeol' }).first();
  for (const v of president!.variants!) {
    const spelling = finding.getByRole('listitem').filter({ has: page.getByText(v.text, { exact: true }) });
    await expect(spelling).toContainText(`×${v.count}`);
  }
  await finding.scrollIntoViewIfNeeded();
  await finding.screenshot({ path: 'test-results/screenshots/review-name-finding.png' });
  await showPanel(page, 'Fact-check');
  await shot('review-factcheck-panel');
  await showPanel(page, 'All');

  const form = president!.suggestion ?? president!.variants![0]!.text;
  await finding.getByRole('button', { name: `Use ‘${form}’ everywhere` }).click();
  const others = president!.variants!.map((v) => v.text).filter((t) => t !== form && !form.includes(t));
  for (const t of others) await expect(body(page)).not.toContainText(t);
  await waitForSaved(page);
  const saved = await bodyTextOnDisk(host.libraryDir, SEED_ID);
  for (const t of others) expect(saved).not.toContain(t);
  expect(saved).toContain(form);
  await showPanel(page, 'Fact-check');
  await shot('review-factcheck-panel-after-unify');
  await showPanel(page, 'All');

  await body(page).click();
  await page.keyboard.press('ControlOrMeta+z');
  for (const t of others) await expect(body(page)).toContainText(t);
});

test('each quote is listed with its speaker; a changed speaker and a verified status survive a reload', async ({ app: page, shot }) => {
  expect(expected.quotes.length).toBeGreaterThan(0);
  await openSeed(page);
  const items = quotesPanel(page).getByRole('list').first().getByRole('listitem');
  await expect(items).toHaveCount(expected.quotes.length);
  for (const [i, q] of expected.quotes.entries()) {
    const item = items.nth(i);
    if (q.speaker) await expect(item.getByRole('textbox', { name: 'Speaker' })).toHaveValue(q.speaker);
    else await expect(item).toContainText('No speaker');
  }
  const first = items.first();
  await first.getByRole('textbox', { name: 'Speaker' }).fill('Yoon Suk Yeol');
  await first.getByRole('textbox', { name: 'Speaker' }).press('Enter');
  await first.getByRole('combobox', { name: 'Status' }).selectOption('verified');
  await first.getByRole('textbox', { name: 'Source note' }).fill('Presidential office readout, 29 Oct');
  await first.getByRole('textbox', { name: 'Source note' }).press('Enter');
  await waitForSaved(page);
  await showPanel(page, 'Quotes');
  await shot('review-quotes-panel');
  await showPanel(page, 'All');

  await page.reload();
  await expect(factCheck(page)).toBeVisible();
  const again = quotesPanel(page).getByRole('list').first().getByRole('listitem').first();
  await expect(again.getByRole('textbox', { name: 'Speaker' })).toHaveValue('Yoon Suk Yeol');
  await expect(again.getByRole('combobox', { name: 'Status' })).toHaveValue('verified');
  await expect(again.getByRole('textbox', { name: 'Source note' })).toHaveValue('Presidential office readout, 29 Oct');
});

test('a flag with a note survives a reload, hides when resolved, comes back when reopened, and holds up approval', async ({ app: page, host, shot }) => {
  await openSeed(page);
  await selectInBody(page, 'Mark Rutte');
  await page.keyboard.press('Control+Alt+m');
  const dialog = page.getByRole('dialog', { name: 'Flag this text' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Name / spelling' }).check();
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Check the spelling against the NATO site');
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Min-ji Park');
  await shot('review-flag-dialog');
  await dialog.getByRole('button', { name: 'Add flag' }).click();
  await expect(dialog).toBeHidden();

  await expect(body(page).locator('mark')).toHaveText('Mark Rutte');
  const flags = factCheck(page).getByRole('region', { name: /^Flags/ });
  const flag = flags.getByRole('listitem').filter({ hasText: 'Check the spelling against the NATO site' });
  await expect(flag).toContainText('Name / spelling');
  await expect(flag).toContainText('Min-ji Park');
  await waitForSaved(page);
  const onDisk = await articleOnDisk(host.libraryDir, SEED_ID);
  expect(onDisk.flags).toMatchObject([{ category: 'name', note: 'Check the spelling against the NATO site', author: 'Min-ji Park', status: 'open', text: 'Mark Rutte' }]);

  await page.reload();
  await expect(body(page).locator('mark')).toHaveText('Mark Rutte');
  await expect(flag).toBeVisible();
  await expect(factCheck(page).getByText(/\d+ findings?$/)).toBeVisible();
  await showPanel(page, 'Fact-check');
  await shot('review-flags');
  await showPanel(page, 'All');

  // Typing inside the flagged span keeps the mark around the edited text.
  await flag.getByRole('button', { name: /Show in text/ }).click();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await expect(body(page).locator('mark')).toHaveText('Mark Rutte');

  await flag.getByRole('button', { name: 'Resolve' }).click();
  await expect(flag).toBeHidden();
  await flags.getByRole('checkbox', { name: /Show resolved/ }).check();
  await expect(flag).toContainText('resolved');
  await flag.getByRole('button', { name: 'Reopen' }).click();
  await flags.getByRole('checkbox', { name: /Show resolved/ }).uncheck();
  await expect(flag).toBeVisible();

  // Approving with the open flag asks first, and names the flag.
  await page.getByRole('combobox', { name: 'Article status' }).selectOption('approved');
  const ask = page.getByRole('alertdialog', { name: 'Approve with open questions?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('list', { name: 'Open flags' })).toContainText('Check the spelling against the NATO site');
  await shot('review-approval-guard');
  await ask.getByRole('button', { name: 'Keep current status' }).click();
  await expect(page.getByRole('combobox', { name: 'Article status' })).toHaveValue('draft');
  await page.getByRole('combobox', { name: 'Article status' }).selectOption('approved');
  await ask.getByRole('button', { name: 'Approve anyway' }).click();
  await expect(page.getByRole('combobox', { name: 'Article status' })).toHaveValue('approved');
  await waitForSaved(page);
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem').filter({ hasText: 'South Korean delegation' })).toContainText('Approved');

  // Deleting the flag unwraps the mark and keeps the words.
  await flag.getByRole('button', { name: /^Delete flag/ }).click();
  await expect(body(page).locator('mark')).toHaveCount(0);
  await expect(body(page)).toContainText('Mark Rutte');
});

test('clicking a finding selects its span, hover and caret tell its message, F8 walks the findings, a fix and a dismissal stick', async ({ app: page, host }) => {
  await openSeed(page);
  const numbers = expected.findings.find((f) => f.check === 'numbers');
  expect(numbers?.check).toBe('numbers');
  await factCheck(page).getByRole('listitem').filter({ hasText: numbers!.message }).getByRole('button', { name: /Show in text/ }).click();
  expect(await selectedText(page)).toBe(numbers!.text);

  const sorted = [...expected.findings].sort((a, b) => a.start - b.start);
  await page.keyboard.press('F8');
  const afterF8 = await selectedText(page);
  const nextAfter = sorted.find((f) => f.start > numbers!.end) ?? sorted[0]!;
  expect(afterF8).toBe(nextAfter.text);

  // Hovering the underline shows the message; resting the caret in it tells a screen reader.
  await factCheck(page).getByRole('listitem').filter({ hasText: numbers!.message }).getByRole('button', { name: /Show in text/ }).click();
  const rect = JSON.parse(String(await page.evaluate('JSON.stringify(window.getSelection().getRangeAt(0).getBoundingClientRect())'))) as { x: number; y: number; width: number; height: number };
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await expect(page.getByRole('tooltip')).toContainText(numbers!.message);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('finding-under-caret')).toContainText(numbers!.message);

  const furniture = expected.findings.find((f) => f.check === 'furniture' && f.suggestion === '');
  expect(furniture?.suggestion).toBe('');
  const before = await body(page).innerText();
  const firstLine = furniture!.text.split('\n')[0]!;
  expect(before).toContain(firstLine);
  await factCheck(page).getByRole('listitem').filter({ hasText: furniture!.message }).first().getByRole('button', { name: 'Remove' }).click();
  await expect(body(page)).not.toContainText(firstLine);

  // "Ignore" dismisses a finding for this article, and the dismissal is saved with it.
  const numbersItem = factCheck(page).getByRole('listitem').filter({ hasText: numbers!.message });
  await numbersItem.getByRole('button', { name: 'Ignore' }).click();
  await expect(numbersItem).toHaveCount(0);
  await waitForSaved(page);
  expect((await articleOnDisk(host.libraryDir, SEED_ID)).dismissed).toMatchObject([{ findingId: numbers!.id, reason: 'ignore' }]);
  await page.reload();
  await expect(factCheck(page).getByText(/\d+ findings?$/)).toBeVisible();
  await expect(factCheck(page).getByRole('listitem').filter({ hasText: numbers!.message })).toHaveCount(0);
});

test('a suggested tag is accepted with one click, library tags complete, and the library filters by tag', async ({ app: page, shot }) => {
  await openSeed(page);
  const tags = tagsPanel(page);
  // Completion from tags used elsewhere in the library.
  await tags.getByRole('combobox', { name: 'Add tag' }).fill('cit');
  await tags.getByRole('option', { name: 'City hall' }).click();
  await expect(tags.getByRole('list', { name: 'Article tags' })).toContainText('City hall');

  const suggestion = expected.entities.find((e) => e.kind !== 'unknown');
  let accepted = 'City hall';
  if (suggestion) {
    const button = tags.getByRole('button', { name: /^Add tag / }).first();
    accepted = (await button.getAttribute('aria-label'))!.replace(/^Add tag /, '');
    await button.click();
    await expect(tags.getByRole('list', { name: 'Article tags' })).toContainText(accepted);
  }
  await waitForSaved(page);

  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('combobox', { name: 'Filter by tag' }).selectOption(accepted);
  await expect(library.getByText('South Korean delegation to visit Ukraine')).toBeVisible();
  if (accepted !== 'City hall') await expect(library.getByText('Council passes budget')).toBeHidden();
  await showPanel(page, 'Tags');
  await shot('review-tags-panel');
});

/**
 * A keystroke in the body lays out the editor's scroller and nothing around it: the scroller is a
 * layout boundary (editor.css, .editor-scroll), which saves the relayout of the app's grid, the
 * library sidebar, the review panels and the status bar on every key. Chromium silently gives the
 * boundary up when the scroller holds certain things (a <select>, for one), so this reads the
 * layout roots Chromium reports in its trace while the user types. It runs in Chromium only: the
 * trace is Chromium's.
 */
import type { Browser } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { SEED_TEXT, articleFile, paragraphsOf } from '../review/seed.ts';
import { SEED_TITLE, openSeed } from '../review/page.ts';

test.use({ libraryFiles: articleFile('seed', SEED_TITLE, paragraphsOf(SEED_TEXT)) });

interface TraceEvent {
  name: string;
  ph: string;
  args?: { endData?: { layoutRoots?: { nodeName?: string }[] } };
}

test('typing in the body lays out the editor scroller alone; the status sits in the top bar', async ({ app: page, browserName, shot }) => {
  test.skip(browserName !== 'chromium', `layout roots come from Chromium's trace; this browser is ${browserName}`);
  await openSeed(page);

  // The status control is in the bar above the page, not in the scrolled page (see StatusControl).
  const status = page.getByRole('combobox', { name: 'Article status' });
  await expect(status).toHaveValue('draft');
  expect(await status.evaluate((el) => el.closest('.editor-bar') !== null && el.closest('.editor-scroll') === null)).toBe(true);

  const paragraph = page.locator('#article-body > p').nth(3);
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' warm', { delay: 30 });

  const browser = page.context().browser() as Browser;
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.keyboard.type(' and more words', { delay: 60 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };

  const roots = trace.traceEvents
    .filter((e) => e.name === 'Layout' && e.ph === 'X')
    .map((e) => (e.args?.endData?.layoutRoots ?? []).map((r) => r.nodeName ?? '?').join(' + '));
  expect(roots.length, 'layouts while typing').toBeGreaterThanOrEqual(10);
  // Each keystroke's layout starts at the scroller. A stray one from elsewhere (the status bar's
  // save state turning to "Saving…", say) may start at the document, but not the typing's.
  const fromScroller = roots.filter((r) => /^DIV class='editor-scroll'$/.test(r)).length;
  expect(fromScroller, `layout roots: ${roots.join(', ')}`).toBeGreaterThanOrEqual(roots.length - 2);
  await expect(paragraph).toContainText('warm and more words');
  await shot('editor-top-bar-status');
});

/**
 * Underlines are registered only for the paragraphs in the window (each registered range costs a
 * repaint on every keystroke), so these check what a reader sees: text scrolled into view is
 * underlined straight away, and the underlines stay while the user types.
 */
import { expect, test } from '../support/fixtures.ts';
import { SEED_TEXT, articleFile, paragraphsOf } from '../review/seed.ts';
import { factCheck } from '../review/page.ts';

const LONG_TITLE = 'Delegation story, filed four times';
// The seed story four times over: long enough that most of it is out of the window.
test.use({ libraryFiles: articleFile('long-seed', LONG_TITLE, Array.from({ length: 4 }, () => paragraphsOf(SEED_TEXT)).flat()) });

/**
 * Underlined ranges the browser has registered, and how many of them lie in the window: in the
 * part of the editor's scroller that is on screen (text under the bars above and below is hidden).
 */
const REGISTERED = `(() => {
  const box = document.querySelector('.editor-scroll').getBoundingClientRect();
  const top = Math.max(0, box.top), bottom = Math.min(innerHeight, box.bottom);
  let total = 0, inWindow = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name === 'cd-active') continue;
    for (const range of highlight) {
      total += 1;
      const r = range.getBoundingClientRect();
      if (r.bottom > top && r.top < bottom && r.width > 0) inWindow += 1;
    }
  }
  return { total, inWindow };
})()`;

interface Registered { total: number; inWindow: number }

test('underlines show in text scrolled into view and stay while typing', async ({ app: page, shot }) => {
  await page.getByRole('navigation', { name: 'Library' }).getByText(LONG_TITLE).click();
  await expect(factCheck(page).getByText(/\d+ findings?$/)).toBeVisible();
  await expect.poll(async () => ((await page.evaluate(REGISTERED)) as Registered).inWindow).toBeGreaterThan(0);

  const scroller = page.locator('.editor-scroll');
  for (const fraction of [0.35, 0.7, 1]) {
    await scroller.evaluate((el, f) => { el.scrollTop = (el.scrollHeight - el.clientHeight) * f; }, fraction);
    // Measured again in the frame of the scroll: two frames later the new text is underlined.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const seen = (await page.evaluate(REGISTERED)) as Registered;
    expect(seen.inWindow, `underlines in the window at ${fraction * 100}% of the article`).toBeGreaterThan(0);
    // Only what is in the window (and what straddles its edge) is registered.
    expect(seen.total - seen.inWindow).toBeLessThanOrEqual(4);
  }

  // Type into a paragraph in the window: the underlines of the others stay on screen throughout.
  const paragraph = page.locator('#article-body > p').filter({ hasText: 'Yoon' }).last();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
  for (const word of [' The', ' ministry', ' confirmed', ' the', ' visit.']) {
    await page.keyboard.type(word, { delay: 60 });
    expect(((await page.evaluate(REGISTERED)) as Registered).inWindow).toBeGreaterThan(0);
  }
  await expect.poll(async () => ((await page.evaluate(REGISTERED)) as Registered).inWindow).toBeGreaterThan(0);
  await shot('highlights-after-scroll-and-typing');
});

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures.ts';
import { body, newArticle, saveState, waitForSaved } from '../support/editor.ts';

test('pasting from a web page keeps the story and drops scripts, styles and handlers', async ({ app: page }) => {
  await newArticle(page, 'Pasted copy');
  await body(page).click();
  const pasted = `
    <meta charset="utf-8"><style>p{color:red}</style>
    <h2 style="font-family:Comic Sans MS" class="hed">Reconstruction talks</h2>
    <p class="lede" onclick="window.__pwned = 1" style="color:#c00;font-size:30px">Officials met in <a href="https://example.org/kyiv" onmouseover="window.__pwned = 2">Kyiv</a> on <span style="font-weight:700">Tuesday</span>.</p>
    <img src="x" onerror="window.__pwned = 3">
    <script>window.__pwned = 4</script>
    <ul><li>Energy</li><li>Housing</li></ul>`;
  // A real paste event with HTML on the clipboard, as the browser sends it (run in the page).
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/html', ${JSON.stringify(pasted)});
    data.setData('text/plain', 'Reconstruction talks');
    document.querySelector('#article-body').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);

  const editor = body(page);
  await expect(editor.locator('h2')).toHaveText('Reconstruction talks');
  await expect(editor.locator('a[href="https://example.org/kyiv"]')).toHaveText('Kyiv');
  await expect(editor.locator('strong, b').filter({ hasText: 'Tuesday' })).toHaveCount(1);
  await expect(editor.locator('ul > li')).toHaveText(['Energy', 'Housing']);
  await expect(editor.locator('img, script, [style*="color"], [style*="font-size"], [onclick], [onmouseover]')).toHaveCount(0);
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  await waitForSaved(page);
});

test('a whole article can be written and formatted with the keyboard alone', async ({ app: page }) => {
  await page.keyboard.press('Control+Alt+n');
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toBeFocused();
  await page.keyboard.type('Court rules on port contract');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toBeFocused();
  await page.keyboard.insertText('The ruling ends a two-year dispute.');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();

  await page.keyboard.type('The judge called the tender ');
  await page.keyboard.press('ControlOrMeta+i');
  await expect(page.getByRole('button', { name: 'Italic' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('deeply flawed');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('. Read the ruling');
  // Select the last two words and link them with Ctrl+K.
  for (let i = 0; i < 'the ruling'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toBeFocused();
  await page.keyboard.insertText('courts.example.org/ruling');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://courts.example.org/ruling');
  await expect(body(page).locator('a')).toHaveText('the ruling');
  await expect(body(page).locator('em, i')).toHaveText('deeply flawed');

  // Undo from the keyboard takes the link off again; redo puts it back.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(body(page).locator('a')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(body(page).locator('a')).toHaveCount(1);

  // Ctrl+S saves at once; the toolbar is reachable and every control has a name.
  await page.keyboard.press('ControlOrMeta+s');
  await expect(saveState(page)).toHaveText('Saved');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  for (const name of ['Bold', 'Italic', 'Underline', 'Strikethrough', 'Link', 'Bulleted list', 'Numbered list', 'Block quote', 'Undo', 'Redo']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toHaveCount(1);
  }
  await page.keyboard.press('Shift+Tab'); // from the body back up to the dateline field…
  await expect(page.getByRole('textbox', { name: 'Dateline' })).toBeFocused();
});

test('a shortcut pressed right after the keyboard moved the selection acts on the new selection', async ({ app: page }) => {
  await newArticle(page, 'Court rules on port contract');
  await body(page).click();
  await page.keyboard.type('Read the ruling in full');
  await expect(body(page)).toHaveText('Read the ruling in full');
  // On a busy page the keys outrun the browser's selectionchange event (a queued task, while keys
  // are input and go first): a shortcut can arrive before the editor has heard of the keys that
  // moved the selection. Here the selection moves and the shortcut follows in the same task.
  const selectBackwardsAndPress = (words: string, key: string) =>
    page.evaluate(`(() => {
      const root = document.querySelector('#article-body');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (text && !text.data.includes(${JSON.stringify(words)})) text = walker.nextNode();
      const at = text.data.indexOf(${JSON.stringify(words)});
      getSelection().setBaseAndExtent(text, at + ${words.length}, text, at);
      root.dispatchEvent(new KeyboardEvent('keydown', { key: '${key}', code: 'Key${key.toUpperCase()}', ctrlKey: true, bubbles: true, cancelable: true }));
    })()`);

  await selectBackwardsAndPress('the ruling', 'b');
  await expect(body(page).locator('strong, b')).toHaveText('the ruling');

  await selectBackwardsAndPress('full', 'k');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toBeFocused();
  await page.keyboard.insertText('courts.example.org/ruling');
  await page.keyboard.press('Enter');
  await expect(body(page).locator('a')).toHaveText('full');
  await expect(body(page)).toHaveText('Read the ruling in full');
});

test('a file changed on disk while open is not overwritten; the writer decides', async ({ app: page, host }) => {
  await newArticle(page, 'Water prices to rise');
  await body(page).click();
  await page.keyboard.insertText('Prices will rise by 4 percent.');
  await waitForSaved(page);

  // Someone else (a sync tool, a colleague) changes the file.
  const [file] = (await readdir(host.libraryDir)).filter((f) => f.endsWith('.json'));
  const path = join(host.libraryDir, file!);
  const theirs = JSON.parse(await readFile(path, 'utf8'));
  theirs.title = 'Water prices to rise by 4%';
  theirs.revision += 1;
  theirs.updatedAt = new Date().toISOString();
  await writeFile(path, JSON.stringify(theirs, null, 2));

  await body(page).press('End');
  await page.keyboard.insertText(' The regulator approved it on Monday.');
  await expect(saveState(page)).toHaveText(/^Not saved — /);
  await expect(page.getByRole('alert').filter({ hasText: 'changed on disk' })).toBeVisible();
  expect(JSON.parse(await readFile(path, 'utf8')).title).toBe('Water prices to rise by 4%');

  await page.getByRole('button', { name: 'Keep mine' }).click();
  await waitForSaved(page);
  const onDisk = JSON.parse(await readFile(path, 'utf8'));
  expect(JSON.stringify(onDisk.body)).toContain('The regulator approved it on Monday.');
});

/**
 * Crash recovery as a journalist meets it: typing goes into the journal about once a second;
 * the host dies (SIGKILL, a real crash) before the autosave lands; the next start on the same
 * library offers the edits back, and recovering them puts them in the article and on disk.
 *
 * The e2e fixture's host deletes its library when it stops, and a crash must keep it, so this
 * spec starts its hosts itself, the same way (`electron/webhost/main.ts --library DIR`).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { body, saveState, waitForSaved, newArticle } from '../support/editor.ts';
import { SCREENSHOT_DIR } from '../support/fixtures.ts';
import { launchHostProcess } from '../support/webHost.ts';

type Host = Awaited<ReturnType<typeof launchHostProcess>>;

function crash(host: Host): Promise<void> {
  if (host.child.exitCode !== null || host.child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    host.child.once('exit', () => done());
    host.child.kill('SIGKILL');
  });
}

let root: string;
const hosts: Host[] = [];

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-e2e-recovery-'));
  await mkdir(join(root, 'library'));
  await mkdir(join(root, 'config'));
});

test.afterEach(async () => {
  for (const host of hosts.splice(0)) await crash(host);
  await rm(root, { recursive: true, force: true });
});

/** A host started on the test's library and settings (kept in `hosts`), and a page open on it. */
async function startAndOpen(browser: Browser) {
  const host = await launchHostProcess(join(root, 'library'), join(root, 'config'));
  hosts.push(host);
  const page = await browser.newPage();
  await page.goto(host.url);
  return page;
}

/**
 * On a first host: a new article titled `headline`, `typed` typed into its body, then more typing
 * (so the autosave, a second after typing stops, never comes) until the journal on disk holds
 * `typed`; then the host crashes (SIGKILL).
 */
async function typeUntilJournalledThenCrash(browser: Browser, headline: string, typed: string) {
  const libraryDir = join(root, 'library');
  const page = await startAndOpen(browser);
  const first = hosts.at(-1)!;
  await newArticle(page, headline);
  await waitForSaved(page);
  const [file] = (await readdir(libraryDir)).filter((name) => name.endsWith('.json'));
  const articleFile = join(libraryDir, file!);
  const journalFile = join(libraryDir, '.copydesk', 'journal', file!);
  await body(page).click();
  await page.keyboard.type(typed, { delay: 20 });
  let journalled = false;
  for (let keys = 0; keys < 60 && !journalled; keys++) {
    await page.keyboard.type(' x', { delay: 40 });
    journalled = existsSync(journalFile) && (await readFile(journalFile, 'utf8')).includes(typed);
  }
  expect(journalled, 'the journal entry holds the typing while typing goes on').toBe(true);
  await crash(first);
  await page.close();
  return { articleFile, journalFile };
}

test('typing journalled before a crash is offered back on the next start and saved', async ({ browser }) => {
  const sentence = 'The delegation arrived by night train and met the mayor at dawn.';
  const { articleFile, journalFile } = await typeUntilJournalledThenCrash(browser, 'Seoul delegation reaches Kyiv', sentence);
  expect(await readFile(articleFile, 'utf8'), 'the autosave never landed').not.toContain(sentence);

  // The next start, on the same library.
  const page = await startAndOpen(browser);
  const prompt = page.getByRole('alertdialog', { name: 'Copydesk closed before your last changes to “Seoul delegation reaches Kyiv” were saved.' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('the body');
  await expect(prompt.getByRole('button', { name: 'Recover them' })).toBeFocused();
  await expect(body(page)).not.toContainText(sentence);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'recovery-prompt.png') });

  await prompt.getByRole('button', { name: 'Recover them' }).click();
  await expect(prompt).toBeHidden();
  await expect(body(page)).toContainText(sentence);
  await waitForSaved(page);
  await expect(saveState(page)).toHaveText('Saved');
  expect(await readFile(articleFile, 'utf8')).toContain(sentence);
  await expect.poll(() => existsSync(journalFile), { message: 'the journal entry is gone once saved' }).toBe(false);
  await page.close();
});

test('Discard leaves the article as it was saved and does not ask again', async ({ browser }) => {
  const { journalFile } = await typeUntilJournalledThenCrash(browser, 'Budget vote delayed', 'draft');

  const page = await startAndOpen(browser);
  const prompt = page.getByRole('alertdialog', { name: /Budget vote delayed/ });
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(prompt).toBeHidden();
  await expect.poll(() => existsSync(journalFile)).toBe(false);
  await expect(body(page)).not.toContainText('draft');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Budget vote delayed');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.close();
});

test('edits made on a revision someone else has since saved over are offered with a warning, and recovered beside theirs', async ({ browser }) => {
  const sentence = 'Negotiators met for six hours in Istanbul.';
  const { articleFile } = await typeUntilJournalledThenCrash(browser, 'Ceasefire talks resume', sentence);

  // A colleague's copy of the app saves a byline while this one is down.
  const theirs = JSON.parse(await readFile(articleFile, 'utf8')) as { revision: number; byline: string };
  await writeFile(articleFile, JSON.stringify({ ...theirs, byline: 'Desk editor', revision: theirs.revision + 1 }));

  const page = await startAndOpen(browser);
  const prompt = page.getByRole('alertdialog', { name: /Ceasefire talks resume/ });
  await expect(prompt).toContainText('This article has been saved since then');
  await prompt.getByRole('button', { name: 'Recover them' }).click();
  await expect(body(page)).toContainText(sentence);
  await waitForSaved(page);
  const onDisk = JSON.parse(await readFile(articleFile, 'utf8')) as { byline: string; body: unknown };
  expect(onDisk.byline).toBe('Desk editor');
  expect(JSON.stringify(onDisk.body)).toContain(sentence);
  await page.close();
});

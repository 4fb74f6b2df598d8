/**
 * Issue 2's numbers, measured (a benchmark, not a test):
 * - start of the web host to an editable article, with an empty library (New article → headline
 *   focused, body editable) and with 1,000 articles (the list shown, the first article opened);
 * - saving a 5,000-word article: Ctrl+S in the editor → "Saved" in the status bar, and the bare
 *   `article.save` HTTP round trip for the same body.
 *
 *   node e2e/bench/startToEditable.ts            (needs `npm run build` first)
 *
 * It exports `run()` in the shape of electron/tools/bench modules, so the bench table can
 * include it with a one-line re-export.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from '@playwright/test';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import type { Row } from '../../electron/tools/benchKit.ts';
import { median } from '../../electron/tools/benchKit.ts';
import { makeLibrary } from '../../electron/tools/make-library.ts';
import { makeArticle as makeArticleText } from '../../electron/tools/make-article.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const RUNS = Number(process.env.START_BENCH_RUNS ?? 3);
/** A cold 1,000-article library can take a while on a loaded machine: measure, don't give up. */
const STEP_TIMEOUT_MS = 180_000;

interface Started { url: string; readyMs: number; stop(): Promise<void> }

async function startHost(libraryDir: string, configDir: string): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['electron/webhost/main.ts', '--library', libraryDir, '--port', '0', '--no-open', '--config', configDir], {
    cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', ok);
    child.once('exit', (code) => fail(new Error(`web host exited with ${code}`)));
  });
  child.stdout!.resume();
  const url = /(http:\/\/\S+)/.exec(line)?.[1];
  if (!url) throw new Error(`unexpected first line: ${line}`);
  return {
    url,
    readyMs: performance.now() - t0,
    stop: () => new Promise((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); }),
  };
}

async function withLibrary<T>(fill: (dir: string) => Promise<void> | void, fn: (libraryDir: string, configDir: string) => Promise<T>): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-bench-'));
  const libraryDir = join(root, 'library');
  const configDir = join(root, 'config');
  await mkdir(libraryDir, { recursive: true });
  await mkdir(configDir, { recursive: true });
  try {
    await fill(libraryDir);
    return await fn(libraryDir, configDir);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Host start → an article the user can type in. Returns [host ready, editable] in ms. */
async function startToEditable(browser: Browser, articles: number): Promise<[number, number]> {
  return withLibrary(
    (dir) => { if (articles > 0) makeLibrary(dir, articles); },
    async (libraryDir, configDir) => {
      const t0 = performance.now();
      const host = await startHost(libraryDir, configDir);
      const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(STEP_TIMEOUT_MS);
        await page.goto(host.url);
        const nav = page.getByRole('navigation', { name: 'Library' });
        if (articles === 0) {
          await nav.getByRole('button', { name: 'New article' }).click();
        } else {
          await nav.getByRole('list', { name: 'Articles' }).getByRole('button').first().click();
        }
        await page.locator('#article-body[contenteditable="true"]').waitFor();
        await page.getByRole('textbox', { name: 'Headline' }).waitFor();
        return [host.readyMs, performance.now() - t0];
      } finally {
        await context.close();
        await host.stop();
      }
    },
  );
}

/** Ctrl+S → "Saved" for a 5,000-word article, and the bare HTTP save of the same body. */
async function saveBigArticle(browser: Browser): Promise<{ ui: number[]; http: number[]; bytes: number }> {
  const paragraphs = makeArticleText(5_000).split('\n\n');
  const now = new Date().toISOString();
  const article = {
    format: 'copydesk-article', version: 1, id: 'bench-5000', revision: 1, createdAt: now, updatedAt: now,
    title: paragraphs[0], standfirst: '', byline: '', dateline: '', status: 'draft', tags: [],
    body: bodyFromParagraphs(paragraphs.slice(1)), flags: [], quotes: [], dismissed: [],
  };
  return withLibrary(
    (dir) => writeFile(join(dir, 'bench-5000.json'), JSON.stringify(article)),
    async (libraryDir, configDir) => {
      const host = await startHost(libraryDir, configDir);
      const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(STEP_TIMEOUT_MS);
        await page.goto(host.url);
        await page.getByRole('navigation', { name: 'Library' }).getByRole('list', { name: 'Articles' }).getByRole('button').first().click();
        const bodyEl = page.locator('#article-body');
        await bodyEl.waitFor();
        const status = page.getByRole('contentinfo').getByRole('status');
        const ui: number[] = [];
        for (let i = 0; i < 5; i++) {
          await bodyEl.press('ControlOrMeta+End');
          await page.keyboard.type('x');
          // Runs in the page (a string: this file is type-checked without the DOM library).
          const elapsed = await page.evaluate<number>(`new Promise((done) => {
            const el = document.querySelector('[data-save-state]');
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (el.getAttribute('data-save-state') === 'saved') { observer.disconnect(); done(performance.now() - t0); }
            });
            observer.observe(el, { attributes: true });
            window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, metaKey: navigator.platform.includes('Mac') }));
          })`);
          ui.push(elapsed);
          await status.filter({ hasText: 'Saved' }).waitFor();
        }
        // The same body straight to the API (what the host itself costs).
        const token = new URL(host.url).searchParams.get('token')!;
        const origin = new URL(host.url).origin;
        const body = JSON.stringify(article.body);
        const http: number[] = [];
        for (let i = 0; i < 5; i++) {
          const read = await (await fetch(`${origin}/api/article.read`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-copydesk-token': token, origin }, body: JSON.stringify({ id: 'bench-5000' }) })).json() as { value: { revision: number } };
          const t0 = performance.now();
          const res = await fetch(`${origin}/api/article.save`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-copydesk-token': token, origin },
            body: JSON.stringify({ id: 'bench-5000', baseRevision: read.value.revision, changes: { body: JSON.parse(body) } }),
          });
          const answer = await res.json() as { ok: boolean };
          if (!answer.ok) throw new Error(`save failed: ${JSON.stringify(answer)}`);
          http.push(performance.now() - t0);
        }
        return { ui, http, bytes: body.length };
      } finally {
        await context.close();
        await host.stop();
      }
    },
  );
}

export async function run(): Promise<Row[]> {
  const browser = await chromium.launch(CHROMIUM ? { executablePath: CHROMIUM } : {});
  const load = `load ${loadavg()[0]!.toFixed(1)} on this machine`;
  try {
    const rows: Row[] = [];
    for (const articles of [0, 1000]) {
      const ready: number[] = [];
      const editable: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const [r, e] = await startToEditable(browser, articles);
        ready.push(r);
        editable.push(e);
      }
      const label = articles === 0 ? 'empty library' : `${articles.toLocaleString('en')} articles`;
      rows.push({ name: `web host start → URL printed (${label})`, value: median(ready), unit: 'ms', note: `median of ${RUNS}; ${load}` });
      rows.push({ name: `web host start → editable article (${label})`, value: median(editable), unit: 'ms', note: `median of ${RUNS}; browser already running` });
    }
    const save = await saveBigArticle(browser);
    rows.push({ name: 'save 5,000-word article: Ctrl+S → "Saved"', value: median(save.ui), unit: 'ms', note: `median of ${save.ui.length}; body ${Math.round(save.bytes / 1024)} KiB` });
    rows.push({ name: 'save 5,000-word article: article.save over HTTP', value: median(save.http), unit: 'ms', note: `median of ${save.http.length}` });
    return rows;
  } finally {
    await browser.close();
  }
}

if (import.meta.filename === process.argv[1]) {
  const rows = await run();
  for (const r of rows) console.log(`${r.name.padEnd(58)} ${String(Math.round(r.value)).padStart(6)} ${r.unit}   ${r.note ?? ''}`);
}

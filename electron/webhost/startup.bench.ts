/**
 * Benchmark (not a test): how long from starting the web host until a journalist can type in an
 * article, with an empty library and with 1,000 articles; and how long saving a 5,000-word
 * article takes, in the library service and over HTTP (which adds the search-index update).
 * Runs the real web host (`node electron/webhost/main.ts`) and Debian's Chromium through
 * Playwright; needs `npm run build` first.
 *
 *   node electron/webhost/startup.bench.ts
 *
 * Exports `run()` in the shape of electron/tools/benchKit.ts so `npm run bench` can include it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { makeLibrary } from '../tools/make-library.ts';
import { median, quantile } from '../tools/benchKit.ts';
import type { Row } from '../tools/benchKit.ts';
import { LibraryService } from '../library/service.ts';
import { longBody } from '../library/testing.ts';
import { DEFAULT_RENDERER_DIR, REPO_ROOT } from './launch.ts';

const RUNS = 3;

function startHost(libraryDir: string, configDir: string): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, ['electron/webhost/main.ts', '--library', libraryDir, '--config', configDir, '--no-open'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(line.replace(/^Copydesk is running at /, '')));
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
  return { child, ready };
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((done) => {
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

/** Spawn → URL printed → library listed → article body editable, in ms from the spawn. */
async function timeToEditable(browser: Browser, libraryDir: string, configDir: string, hasArticles: boolean) {
  const t0 = performance.now();
  const { child, ready } = startHost(libraryDir, configDir);
  try {
    const url = await ready;
    const tReady = performance.now() - t0;
    const page = await browser.newPage();
    await page.goto(url);
    const nav = page.getByRole('navigation', { name: 'Library' });
    const firstEntry = nav.getByRole('list', { name: 'Articles' }).getByRole('button').first();
    if (hasArticles) await firstEntry.waitFor();
    else await nav.getByRole('button', { name: 'New article' }).waitFor();
    const tListed = performance.now() - t0;
    if (hasArticles) await firstEntry.click();
    else await nav.getByRole('button', { name: 'New article' }).click();
    const bodyBox = page.getByRole('textbox', { name: 'Article body' });
    await bodyBox.waitFor();
    await page.locator('[contenteditable="true"]').first().waitFor();
    const tEditable = performance.now() - t0;
    await page.close();
    return { tReady, tListed, tEditable };
  } finally {
    await stopHost(child);
  }
}

async function saveTimes(dir: string): Promise<{ service: number[]; http: number[] }> {
  const lib = await LibraryService.open(join(dir, 'save-lib'));
  const { id } = await lib.create({ title: 'A 5,000-word feature' });
  const service: number[] = [];
  let revision = 0;
  for (let i = 0; i < 20; i++) {
    const body = longBody(5000 + i);
    const t0 = performance.now();
    revision = (await lib.save(id, revision, { body })).revision;
    service.push(performance.now() - t0);
  }
  await lib.close();

  const { child, ready } = startHost(join(dir, 'save-lib'), join(dir, 'save-config'));
  const http: number[] = [];
  try {
    const url = new URL(await ready);
    const token = url.searchParams.get('token')!;
    for (let i = 0; i < 20; i++) {
      const input = JSON.stringify({ id, baseRevision: revision, changes: { body: longBody(5000 + i) } });
      const t0 = performance.now();
      const res = await fetch(new URL('/api/article.save', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-copydesk-token': token }, body: input });
      const answer = (await res.json()) as { ok: boolean; value: { revision: number } };
      http.push(performance.now() - t0);
      if (!answer.ok) throw new Error(`save failed: ${JSON.stringify(answer)}`);
      revision = answer.value.revision;
    }
  } finally {
    await stopHost(child);
  }
  return { service, http };
}

export async function run(): Promise<Row[]> {
  if (!existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) throw new Error('Run "npm run build" first: out/renderer is missing.');
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-startup-bench-'));
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const rows: Row[] = [];
  try {
    for (const count of [0, 1000]) {
      const libraryDir = join(dir, `lib-${count}`);
      if (count > 0) makeLibrary(libraryDir, count);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await timeToEditable(browser, libraryDir, join(dir, `config-${count}-${i}`), count > 0));
      const label = count === 0 ? 'empty library' : `${count} articles`;
      const first = runs[0]!;
      const warm = runs.slice(1);
      rows.push({ name: `web host start → URL printed (${label})`, value: median(runs.map((r) => r.tReady)), unit: 'ms', note: `median of ${RUNS}` });
      rows.push({ name: `web host start → library listed (${label})`, value: median(runs.map((r) => r.tListed)), unit: 'ms', note: `median of ${RUNS}` });
      rows.push({ name: `web host start → editable article, first start (${label})`, value: first.tEditable, unit: 'ms', note: count ? 'cold metadata cache' : 'new article' });
      rows.push({ name: `web host start → editable article, later starts (${label})`, value: median(warm.map((r) => r.tEditable)), unit: 'ms', note: `median of ${warm.length}` });
    }
    const saves = await saveTimes(dir);
    rows.push({ name: 'save 5,000-word article (library service) p50', value: median(saves.service), unit: 'ms', note: `p95 ${quantile(saves.service, 0.95).toFixed(1)} ms, 20 saves, fsync'd` });
    rows.push({ name: 'save 5,000-word article (HTTP, incl. index update) p50', value: median(saves.http), unit: 'ms', note: `p95 ${quantile(saves.http, 0.95).toFixed(1)} ms, 20 saves` });
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.main) {
  const rows = await run();
  for (const r of rows) console.log(`${r.name.padEnd(64)} ${r.value.toFixed(1).padStart(8)} ${r.unit}  ${r.note ?? ''}`);
}

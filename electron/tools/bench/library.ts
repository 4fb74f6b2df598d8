/**
 * A library that scales (issue 5), on a generated library of 10,000 articles (make-library.ts)
 * in a temp folder: opening it with a cold and a warm metadata cache beside the raw time to read
 * every file; building and reopening the search index; search latency over a fixed list of
 * queries; one save's index update; snapshot and restore; peak memory of this process.
 *
 * LIBRARY_BENCH_COUNT=2000 npm run bench -- library   runs it on a smaller library.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bodyFromParagraphs, plainTextOf } from '../../../shared/article/plainText.ts';
import { HistoryStore } from '../../history/store.ts';
import { restoreSnapshot } from '../../history/restore.ts';
import { LibraryService } from '../../library/service.ts';
import { indexOnLibraryEvents } from '../../search/attach.ts';
import { LibraryIndex } from '../../search/libraryIndex.ts';
import { MB, quantile, type Row } from '../benchKit.ts';
import { makeLibrary } from '../make-library.ts';

/** Queries a journalist types: names, phrases, prefixes (as typed), a typo, filters. */
const QUERIES: { query: string; status?: ('draft' | 'published')[]; tag?: string }[] = [
  { query: 'zelensky' }, { query: 'Zelenskyy' }, { query: 'Wisniewski' }, { query: 'Gaddafi' },
  { query: 'pension fund' }, { query: 'ceasefire talks' }, { query: 'months, not weeks' },
  { query: 'museum director' }, { query: 'flood defences Leeds' }, { query: 'clinical trial' },
  { query: 'interest rates' }, { query: 'transfer' }, { query: 'the public deserves a clear answer' },
  { query: 'stadum' }, { query: 'goverment' }, { query: 'Okafor' }, { query: 'Rotterdam port' },
  { query: 'cli' }, { query: 'clim' }, { query: 'climate' }, { query: 'climate mod' },
  { query: 'Marchetti derby' }, { query: 'exhibition', status: ['published'] },
  { query: 'budget', tag: 'politics' }, { query: 'bus route', status: ['draft'] },
  { query: 'Lindqvist inflation' }, { query: 'von der Leyen' }, { query: 'Kharkiv' },
  { query: 'vaccine trial results' }, { query: 'Haddad study' },
];

function ms(t0: number): number {
  return performance.now() - t0;
}

/** CPU time (user + system) of this process since `c0`, in ms: the wall clock is inflated on a loaded machine, CPU time much less. */
function cpuMs(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export async function run(): Promise<Row[]> {
  const count = Number(process.env.LIBRARY_BENCH_COUNT ?? 10_000);
  const rows: Row[] = [];
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-library-'));
  try {
    let t0 = performance.now();
    makeLibrary(dir, count);
    const size = readdirSync(dir).reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
    rows.push({ name: 'generate library', value: ms(t0), unit: 'ms', note: `${count} articles, ${(size / MB).toFixed(1)} MB` });

    // The disk's limit: read every file (the OS cache is warm after generating), and parse it.
    t0 = performance.now();
    for (const f of readdirSync(dir)) readFileSync(join(dir, f), 'utf8');
    const raw = ms(t0);
    rows.push({ name: 'raw read of every file', value: raw, unit: 'ms' });
    t0 = performance.now();
    for (const f of readdirSync(dir)) JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const rawParse = ms(t0);
    rows.push({ name: 'raw read + JSON.parse of every file', value: rawParse, unit: 'ms' });

    // Open the library and list it: cold (no metadata cache) and warm (cache written by the first).
    t0 = performance.now();
    let c0 = process.cpuUsage();
    let lib = await LibraryService.open(dir);
    let listing = await lib.list();
    const cold = ms(t0);
    const coldCpu = cpuMs(c0);
    await lib.close();
    rows.push({ name: 'open + list, cold cache', value: cold, unit: 'ms', note: `${listing.articles.length} listed; ${(cold / rawParse).toFixed(1)}× raw read+parse; CPU ${coldCpu.toFixed(0)} ms` });
    t0 = performance.now();
    c0 = process.cpuUsage();
    lib = await LibraryService.open(dir);
    listing = await lib.list();
    const warm = ms(t0);
    const warmCpu = cpuMs(c0);
    rows.push({ name: 'open + list, warm cache', value: warm, unit: 'ms', target: '≤ 1000 ms', ok: warm <= 1000, note: `${(warm / raw).toFixed(2)}× raw read; CPU ${warmCpu.toFixed(0)} ms` });

    // Search index: built from nothing, then reopened from disk.
    t0 = performance.now();
    let index = await LibraryIndex.open(dir);
    await index.ready;
    rows.push({ name: 'search index build (cold)', value: ms(t0), unit: 'ms', note: `${index.index.size} articles, in the background in batches` });
    t0 = performance.now();
    await index.close();
    rows.push({ name: 'search index save', value: ms(t0), unit: 'ms' });
    t0 = performance.now();
    index = await LibraryIndex.open(dir);
    await index.ready;
    rows.push({ name: 'search index reopen (warm)', value: ms(t0), unit: 'ms', note: index.rebuildReason ?? 'loaded from .copydesk, checked against every file' });

    // Search latency, snippets included (what library.search answers).
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of QUERIES) {
        const s0 = performance.now();
        const q0 = process.cpuUsage();
        await index.search({ ...q, limit: 20 });
        samples.push(ms(s0));
        cpuSamples.push(cpuMs(q0));
      }
    }
    const p95 = quantile(samples, 0.95);
    rows.push({ name: 'search CPU p50 / p95', value: quantile(cpuSamples, 0.5), unit: 'ms', note: `p95 ${quantile(cpuSamples, 0.95).toFixed(1)} ms CPU (load-independent)` });
    rows.push({ name: 'search p50', value: quantile(samples, 0.5), unit: 'ms', note: `${QUERIES.length} queries × 5 rounds, 20 hits with snippets (a sidebar page)` });
    rows.push({ name: 'search p95', value: p95, unit: 'ms', target: '≤ 30 ms', ok: p95 <= 30 });

    // One save: the service writes, the index follows through the library's event.
    indexOnLibraryEvents(index, lib.events);
    const id = listing.articles[0]!.id;
    const article = await lib.read(id);
    const paragraphs = plainTextOf(article.body).split('\n\n');
    const updates: number[] = [];
    let revision = article.revision;
    for (let i = 0; i < 20; i++) {
      const edited = [...paragraphs, `Update ${i}: the council confirmed the figures on Friday.`];
      const s0 = performance.now();
      index.articleWritten({ ...article, body: bodyFromParagraphs(edited) });
      updates.push(ms(s0));
      revision = (await lib.save(id, revision, { body: bodyFromParagraphs(edited) })).revision;
    }
    rows.push({ name: 'index update after a save (p50)', value: quantile(updates, 0.5), unit: 'ms', note: `${paragraphs.length}-paragraph article, 20 saves` });

    // History: a snapshot, then a restore (which snapshots first and saves a new revision).
    const history = new HistoryStore(dir);
    const snaps: number[] = [];
    let last = '';
    for (let i = 0; i < 10; i++) {
      const s0 = performance.now();
      last = (await history.take(await lib.read(id), 'manual')).snapshotId;
      snaps.push(ms(s0));
    }
    rows.push({ name: 'snapshot (p50)', value: quantile(snaps, 0.5), unit: 'ms', note: 'read + durable write + retention' });
    const restores: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s0 = performance.now();
      last = (await restoreSnapshot(lib, history, id, last)).undoSnapshotId;
      restores.push(ms(s0));
    }
    rows.push({ name: 'restore (p50)', value: quantile(restores, 0.5), unit: 'ms', note: 'snapshot of current + save + reread' });

    await index.close();
    await lib.close();
    // The host's memory as users meet it: cold (no .copydesk: list, then the index built from
    // nothing) with and without the `npm run web` flags, then warm (caches as the cold run left them).
    const flags = webHostNodeFlags();
    // Without flags is how the Electron main process runs on macOS and Windows (js-flags reach
    // the renderers only), so both are measured, each cold then warm.
    rmSync(join(dir, '.copydesk'), { recursive: true, force: true });
    rows.push(...(await webHostRows(dir, { label: 'cold, no flags', flags: [], cold: true })));
    rows.push(...(await webHostRows(dir, { label: 'warm, no flags', flags: [], cold: false })));
    rmSync(join(dir, '.copydesk'), { recursive: true, force: true });
    rows.push(...(await webHostRows(dir, { label: `cold, ${flags.join(' ') || 'no flags'}`, flags, cold: true })));
    rows.push(...(await webHostRows(dir, { label: `warm, ${flags.join(' ') || 'no flags'}`, flags, cold: false })));
    peak = Math.max(peak, process.memoryUsage().rss);
    rows.push({ name: 'peak memory (bench process)', value: peak / MB, unit: 'MB', note: 'RSS sampled every 20 ms; holds the generator, a service and an index at once' });
    return rows;
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

const REPO = resolve(import.meta.dirname, '..', '..', '..');

/**
 * The web host as a user runs it, on the library: start → URL printed, the first listing, the
 * search index loaded (warm) or built from every file (cold), a round of searches, and the peak
 * resident memory of the whole run (VmHWM).
 */
export async function webHostRows(dir: string, run: { label: string; flags: string[]; cold: boolean }): Promise<Row[]> {
  const name = (what: string) => `web host ${what} (${run.label})`;
  if (!existsSync('/proc/self/status')) return [{ name: name('peak memory'), value: 0, unit: 'MB', note: 'skipped: needs /proc (Linux) to read the peak' }];
  const config = mkdtempSync(join(tmpdir(), 'copydesk-bench-config-'));
  const t0 = performance.now();
  const child = spawn(process.execPath, [...run.flags, 'electron/webhost/main.ts', '--library', dir, '--port', '0', '--no-open', '--config', config], { cwd: REPO, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = new URL(await new Promise<string>((ok, fail) => {
      createInterface({ input: child.stdout! }).once('line', (line) => ok(line.replace(/^Copydesk is running at /, '').trim()));
      child.once('exit', (code) => fail(new Error(`web host exited (${code})`)));
    }));
    child.stdout!.resume();
    const started = ms(t0);
    const call = async (method: string, input: unknown) => {
      const res = await fetch(`${url.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': url.searchParams.get('token') ?? '', origin: url.origin },
        body: JSON.stringify(input),
      });
      return (await res.json()) as { ok: boolean; value?: { articles?: unknown[]; indexing?: unknown } };
    };
    let s0 = performance.now();
    const listing = await call('library.list', {});
    const listed = ms(s0);
    // Until the index covers every article (a cold build reads all 10,000 files).
    s0 = performance.now();
    for (;;) {
      const r = await call('library.search', { query: '', limit: 1 });
      if (r.ok && r.value?.indexing === null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const indexed = ms(s0);
    for (const q of QUERIES) await call('library.search', { ...q, limit: 20 });
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const peakMb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    return [
      { name: name('start → URL'), value: started, unit: 'ms' },
      { name: name('first library.list'), value: listed, unit: 'ms', ...(run.cold ? {} : { target: '≤ 1000 ms', ok: listed <= 1000 }), note: `${listing.value?.articles?.length ?? '?'} articles over HTTP` },
      { name: name('search index ready'), value: indexed, unit: 'ms', note: run.cold ? 'built from every file' : 'loaded from .copydesk' },
      { name: name('peak memory'), value: peakMb, unit: 'MB', target: '< 300 MB', ok: peakMb < 300, note: `VmHWM after list, index, ${QUERIES.length} searches` },
    ];
  } finally {
    // Waits for the host to save its indexes on the way out: the warm run reads them.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(config, { recursive: true, force: true });
  }
}

/** The Node flags of the package's `web` script (`node --flag ... electron/webhost/main.ts`). */
export function webHostNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return (pkg.scripts.web ?? '').split(/\s+/).filter((w) => w.startsWith('--'));
}

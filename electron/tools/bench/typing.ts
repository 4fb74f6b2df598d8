/**
 * Typing latency in the editor with the review UI, side by side with a bare Lexical editor.
 *
 * - App: the built renderer (out/renderer) served by the web host, a 20,000-word article open,
 *   every review panel shown, checks running in the worker, highlights drawn.
 * - Bare: the same Lexical editor, nodes, theme and styles with no panels and no checks
 *   (renderer/bench/bare.html, built here into a temporary folder and served by a tiny server).
 * - The app again, with registering a CSS highlight made a no-op: everything runs, but no
 *   underlines are drawn. Its p95 beside the app's tells what the Highlight API itself costs.
 *
 * Latency of a keystroke = from the keydown event's timestamp to just after the next frame is
 * painted (a requestAnimationFrame callback, then a message posted from it, which runs after the
 * frame). Both editors get the same keystrokes at the same pace in the same place of the same
 * text. Then: time from the last keystroke of a word to findings drawn for the text as typed.
 *
 * The two editors take turns, in ROUNDS rounds of KEYS_PER_ROUND keystrokes each (after the same
 * untimed warm-up), both pages open side by side: on a shared machine the load drifts over a
 * minute, and one editor typed wholly before the other measured the drift as much as the app
 * (app / bare p95 moved by ±0.3 between back-to-back runs). Each turn starts once the other
 * page has gone quiet (the app's check, autosave and journal landed). The table gives the p95
 * ratio of every round too, so the spread within a run can be seen.
 *
 * COPYDESK_BENCH_RENDERER=DIR drives a renderer built elsewhere (default out/renderer).
 * COPYDESK_TYPING_PROFILE=DIR also records, for each editor's typing run, a Chromium trace and a
 * CPU profile of the page's main thread into DIR, adds rows for main-thread CPU per keystroke by
 * cause, and writes DIR/<app|bare>.summary.txt (by trace event, by function, by component, and
 * invalidations; a renderer built without minification names the functions). Profiling slows
 * the page: its latencies are not the benchmark's, so compare them only with another profiled
 * run, and compare CPU rather than wall times on a busy machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { bodyFromParagraphs } from '../../../shared/article/plainText.ts';
import { ARTICLE_FORMAT, ARTICLE_VERSION, type Article } from '../../../shared/article/schema.ts';
import { bootstrapQuantileRatio, quantile, type Row } from '../benchKit.ts';
import { makeArticle } from '../make-article.ts';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const RENDERER_OUT = resolve(process.env.COPYDESK_BENCH_RENDERER ?? join(REPO, 'out', 'renderer'));
const PROFILE_DIR = process.env.COPYDESK_TYPING_PROFILE;
/**
 * Typing turns per editor, taken in turn (app, bare, app, bare...). Twelve turns (600 keys
 * each): with six, the ratio of the two p95s moved between 1.11 and 1.41 from run to run on a
 * quiet machine, mostly with the bare editor's own p95 (15.8-19.7 ms); the table also prints a
 * bootstrap interval over the turns.
 */
const ROUNDS = 12;
const KEYS_PER_ROUND = 50;
/** Timed keystrokes per editor: the issue asks for at least 200. */
const KEYSTROKES = ROUNDS * KEYS_PER_ROUND;
/** Untimed keystrokes each editor gets first, so that both are measured warm. */
const WARMUP_KEYS = 30;
/** Milliseconds between keystrokes: a fast typist (about 11 characters a second). */
const KEY_DELAY_MS = 90;
/**
 * After every turn, before the next page types: the app's autosave (1 s after the last edit) and
 * crash journal land by then, and the bare editor waits as long, so every turn starts the same
 * time after the previous page stopped typing. (After the bare editor's turn it was 300 ms, so
 * only the app's turns began while the page before had just stopped; in one run the app's first
 * keystroke of each turn had a p50 of 24.0 ms against the bare editor's 15.7.)
 */
const SETTLE_MS = 1500;
const WORD_ROUNDS = 20;
const ARTICLE_ID = 'bench-typing';
const APP_TITLE = 'Typing benchmark: 20,000 words';
/** The same article again, for the app page whose underlines are not registered (see below). */
const PLAIN_ID = 'bench-typing-plain';
const PLAIN_TITLE = 'Typing benchmark: the same words, no underlines';

/**
 * Loaded before the app's own code in the third page: registering a highlight does nothing, so
 * the app runs in full (checks, panels, findings, repaints) but the browser draws no underlines.
 * That page tells how much of the app's cost is the CSS Custom Highlight API itself: Chromium
 * re-marks and repaints every registered range's text on each change to the document.
 */
const NO_UNDERLINES = `(() => {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  const registry = CSS.highlights;
  registry.set = function () { return registry; };
})();`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** What the page records: keydown → after next paint, and when up-to-date findings were drawn. */
const PROBE = `(() => {
  window.__cdLat = [];
  window.__cdLastKey = 0;
  window.__cdFindingsDrawn = [];
  document.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    window.__cdLastKey = t0;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__cdLat.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }, true);
  window.__cdPaints = 0;
  window.addEventListener('copydesk:findings-painted', (e) => {
    window.__cdPaints += 1;
    if (!e.detail || !e.detail.upToDate) return;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__cdFindingsDrawn.push(performance.now());
      ch.port2.postMessage(0);
    });
  });
})();`;

const SENTENCE = ' The delegation met officials from the ministry of defence on Tuesday to compare notes';

/**
 * The probe's globals, as seen from functions that run in the page (the page's CSP forbids eval,
 * and functions sent to the page carry no closure, hence the cast written out each time).
 */
interface ProbeGlobals {
  __cdLat: number[];
  __cdLastKey: number;
  __cdFindingsDrawn: number[];
  /** Findings drawn (highlights repainted) since the count was last reset. */
  __cdPaints: number;
}

function typedText(n: number): string {
  let s = '';
  while (s.length < n) s += SENTENCE;
  return s.slice(0, n);
}

async function buildBarePage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    root: join(REPO, 'renderer', 'bench'),
    base: './',
    plugins: [react()],
    logLevel: 'error',
    configFile: false,
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(REPO, 'renderer', 'bench', 'bare.html') } },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = resolve(dir, `.${path === '/' ? '/bare.html' : path}`);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/bare.html` };
}

async function startHost(libraryDir: string, configDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['electron/webhost/main.ts', '--library', libraryDir, '--port', '0', '--no-open', '--config', configDir, '--renderer', RENDERER_OUT], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, COPYDESK_CONFIG_DIR: configDir },
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`web host printed no URL in 20 s\n${stderr}`)), 20_000);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(line);
      if (m) ok(m[1]!);
      else fail(new Error(`unexpected first line from the web host: ${line}\n${stderr}`));
    });
    child.once('exit', (code) => fail(new Error(`web host exited (${code})\n${stderr}`)));
  });
  child.stdout!.resume();
  return { child, url };
}

/** The first keystroke of each turn comes after a pause (the app's check, autosave, journal). */
function firstKeysRow(appRounds: number[][], bareRounds: number[][]): Row {
  const firstP50 = (rounds: number[][]) => quantile(rounds.map((r) => r[0]!), 0.5);
  const restP95 = (rounds: number[][]) => quantile(rounds.flatMap((r) => r.slice(1)), 0.95);
  const [appRest, bareRest] = [restP95(appRounds), restP95(bareRounds)];
  return {
    name: "first keystroke of a turn p50, app (bare's in the note)", value: firstP50(appRounds), unit: 'ms',
    note: `bare ${firstP50(bareRounds).toFixed(1)} ms; p95 without the first keystrokes: app ${appRest.toFixed(1)} ms, bare ${bareRest.toFixed(1)} ms (${(appRest / bareRest).toFixed(2)} x)`,
  };
}

/** The rows for the app page that draws no underlines, beside the app's and the bare editor's p95. */
function withoutUnderlinesRows(plainRounds: number[][], bareRounds: number[][], appP95: number, bareP95: number, underlined: number): Row[] {
  const p95 = quantile(plainRounds.flat(), 0.95);
  const [low, high] = bootstrapQuantileRatio(plainRounds, bareRounds, 0.95);
  const share = (appP95 - p95) / (appP95 - bareP95);
  return [
    { name: 'app, underlines not drawn: keystroke → next paint p95', value: p95, unit: 'ms', note: `the same app and keys with CSS.highlights.set disabled (the findings are still found and listed); ${underlined} ranges underlined in the window of the app above` },
    { name: 'typing p95, app without underlines / bare', value: p95 / bareP95, unit: 'x', note: `90% interval ${low.toFixed(2)}-${high.toFixed(2)}; the underlines' share of the app's extra p95: ${Math.round(share * 100)}% (one run's share is rough: compare several runs)` },
  ];
}

/** A browser of its own for one page, so no editor's frames wait on another page's compositor. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM ? { executablePath: CHROMIUM } : {});
}

/** A window-sized page that records keystroke latencies (PROBE), plus any other init script. */
async function probedPage(browser: Browser, initScript?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PROBE);
  if (initScript) await context.addInitScript(initScript);
  return context.newPage();
}

/** Opens the app in a page of its own, the article titled `title` open and every panel shown. */
async function openApp(browser: Browser, url: string, title: string, paragraphs: number, initScript?: string): Promise<Page> {
  const page = await probedPage(browser, initScript);
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Library' }).getByText(title, { exact: true }).click();
  await page.getByRole('region', { name: 'Fact-check' }).getByText(/\d+ findings?$/).waitFor({ timeout: 30_000 });
  const regions = await page.getByRole('region', { name: /^(Fact-check|Quotes|Tags)$/ }).count();
  if (regions !== 3) throw new Error(`expected the three review panels open, found ${regions}`);
  await caretMidArticle(page, paragraphs);
  return page;
}

/** Put the caret at the end of a paragraph in the middle of the article. */
async function caretMidArticle(page: Page, paragraphs: number): Promise<void> {
  const p = page.locator('#article-body > p').nth(Math.floor(paragraphs / 2));
  await p.scrollIntoViewIfNeeded();
  await p.click();
  await page.keyboard.press('End');
}

/**
 * Types `text` into the page at the typist's pace; returns each keystroke's latency. With
 * `profile`, the turn is traced and its main-thread CPU per keystroke added to `profileRows`.
 */
async function typeTimed(page: Page, text: string, profile?: { label: string; rows: Row[] }): Promise<number[]> {
  await page.bringToFront();
  await page.evaluate(() => { Object.assign(globalThis, { __cdLat: [], __cdPaints: 0 }); });
  const profiler = profile && PROFILE_DIR ? await startProfile(page) : null;
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await page.waitForFunction((n) => (globalThis as unknown as ProbeGlobals).__cdLat.length >= n, text.length, { timeout: 10_000 });
  if (profiler && profile && PROFILE_DIR) {
    // Let the work a burst of typing schedules (checks, repaints, autosave, journal) land too.
    await page.waitForTimeout(1500);
    profile.rows.push(...(await stopProfile(page, profiler, PROFILE_DIR, profile.label, text.length)));
  }
  return page.evaluate(() => (globalThis as unknown as ProbeGlobals).__cdLat.slice());
}

/** How many times findings were drawn since the last typeTimed began (0 on the bare page). */
function paintsSinceTurnBegan(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as ProbeGlobals).__cdPaints ?? 0);
}

/** Waits for findings drawn for the text as last typed, then for the autosave and journal. */
async function appQuiet(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = (globalThis as unknown as ProbeGlobals);
      return w.__cdFindingsDrawn.some((x) => x > w.__cdLastKey);
    },
    undefined,
    { timeout: 10_000 },
  );
  await page.waitForTimeout(SETTLE_MS);
}

async function findingsLatencies(page: Page): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < WORD_ROUNDS; i++) {
    await page.keyboard.type(` word${i}`, { delay: KEY_DELAY_MS });
    const handle = await page.waitForFunction(
      () => {
        const w = (globalThis as unknown as ProbeGlobals);
        const t = w.__cdFindingsDrawn.find((x) => x > w.__cdLastKey);
        return t === undefined ? null : t - w.__cdLastKey;
      },
      undefined,
      { timeout: 5_000, polling: 'raf' },
    );
    out.push((await handle.jsonValue()) as number);
    await page.waitForTimeout(400);
  }
  return out;
}

function stats(label: string, samples: number[], note: string): { p50: number; p95: number; rows: Row[] } {
  const p50 = quantile(samples, 0.5);
  const p95 = quantile(samples, 0.95);
  return {
    p50,
    p95,
    rows: [
      { name: `${label} keystroke → next paint p50`, value: p50, unit: 'ms', note },
      { name: `${label} keystroke → next paint p95`, value: p95, unit: 'ms', target: '≤ 16 ms', ok: p95 <= 16, note },
    ],
  };
}

export async function run(): Promise<Row[]> {
  if (!existsSync(join(RENDERER_OUT, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (the benchmark drives the built app).');
  }
  const root = await mkdtemp(join(tmpdir(), 'copydesk-bench-typing-'));
  const libraryDir = join(root, 'library');
  const configDir = join(root, 'config');
  const bareDir = join(root, 'bare');
  await mkdir(libraryDir, { recursive: true });
  await mkdir(configDir, { recursive: true });

  const text = makeArticle(20_000);
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.trim());
  const at = new Date().toISOString();
  const article: Article = {
    format: ARTICLE_FORMAT, version: ARTICLE_VERSION, id: ARTICLE_ID, createdAt: at, updatedAt: at, revision: 1,
    title: APP_TITLE, standfirst: '', byline: '', dateline: '', status: 'draft', tags: [],
    body: bodyFromParagraphs(paragraphs), flags: [], quotes: [], dismissed: [],
  };
  await writeFile(join(libraryDir, `${ARTICLE_ID}.json`), JSON.stringify(article));
  await writeFile(join(libraryDir, `${PLAIN_ID}.json`), JSON.stringify({ ...article, id: PLAIN_ID, title: PLAIN_TITLE }));

  const profileRows: Row[] = [];
  let host: ChildProcess | null = null;
  let server: Server | null = null;
  let browser: Browser | null = null;
  /** The other pages' browsers, closed however the run ends. */
  const others: Browser[] = [];
  try {
    await buildBarePage(bareDir);
    const bare = await serve(bareDir);
    server = bare.server;
    const started = await startHost(libraryDir, configDir);
    host = started.child;
    browser = await launchBrowser();

    // The app, with every panel open, the app again with its underlines not drawn, and the bare
    // editor beside them: all pages stay open, each in its own browser, so no editor's frames
    // wait on another page's compositor. The two app pages edit two copies of the article.
    const app = await openApp(browser, started.url, APP_TITLE, paragraphs.length);
    const findingsShown = await app.locator('[data-finding-id]').count();
    const underlined = await app.evaluate(() => {
      const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights;
      return [...registry.values()].reduce((n, h) => n + h.size, 0);
    });
    const plainBrowser = await launchBrowser();
    others.push(plainBrowser);
    const plain = await openApp(plainBrowser, started.url, PLAIN_TITLE, paragraphs.length, NO_UNDERLINES);

    const bareBrowser = await launchBrowser();
    others.push(bareBrowser);
    const barePage = await probedPage(bareBrowser);
    await barePage.goto(bare.url);
    await barePage.waitForFunction('document.documentElement.dataset.benchReady === "true"');
    await barePage.evaluate(`window.copydeskBench.load(${JSON.stringify(paragraphs)})`);
    await barePage.locator('#article-body > p').nth(paragraphs.length - 1).waitFor();
    await caretMidArticle(barePage, paragraphs.length);

    // The same warm-up for both, then turns. A profiled run types all its keys in one turn each
    // (one trace per editor); its latencies are not the benchmark's.
    const turns = PROFILE_DIR ? 1 : ROUNDS;
    const perTurn = KEYSTROKES / turns;
    const typed = typedText(WARMUP_KEYS + KEYSTROKES);
    await typeTimed(app, typed.slice(0, WARMUP_KEYS));
    await appQuiet(app);
    await typeTimed(plain, typed.slice(0, WARMUP_KEYS));
    await appQuiet(plain);
    await typeTimed(barePage, typed.slice(0, WARMUP_KEYS));
    const appLat: number[] = [];
    const bareLat: number[] = [];
    const plainRounds: number[][] = [];
    const roundRatios: number[] = [];
    const appRounds: number[][] = [];
    const bareRounds: number[][] = [];
    let paintsWhileTyping = 0;
    for (let r = 0; r < turns; r++) {
      const keys = typed.slice(WARMUP_KEYS + r * perTurn, WARMUP_KEYS + (r + 1) * perTurn);
      const a = await typeTimed(app, keys, { label: 'app', rows: profileRows });
      paintsWhileTyping += await paintsSinceTurnBegan(app);
      await appQuiet(app);
      if (!PROFILE_DIR) {
        plainRounds.push(await typeTimed(plain, keys));
        await appQuiet(plain);
      }
      const b = await typeTimed(barePage, keys, { label: 'bare', rows: profileRows });
      await barePage.waitForTimeout(SETTLE_MS);
      appLat.push(...a);
      bareLat.push(...b);
      appRounds.push(a);
      bareRounds.push(b);
      roundRatios.push(quantile(a, 0.95) / quantile(b, 0.95));
    }
    await barePage.close();
    await bareBrowser.close();
    await plainBrowser.close();
    await app.bringToFront();
    const findingsLat = await findingsLatencies(app);
    await app.close();

    // Both editors share the machine with whatever else runs: the load says how busy it was.
    const load = `load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
    const note = `${KEYSTROKES} keystrokes in ${turns} turns taken in turn with the other editor, ${KEY_DELAY_MS} ms apart, after ${WARMUP_KEYS} untimed; 20,000 words in ${paragraphs.length} paragraphs, ${load}`;
    const a = stats('app with review panels:', appLat, `${note}; ${findingsShown} findings listed`);
    const b = stats('bare Lexical editor:', bareLat, note);
    const ratio = a.p95 / b.p95;
    const f50 = quantile(findingsLat, 0.5);
    const f95 = quantile(findingsLat, 0.95);
    const [low, high] = bootstrapQuantileRatio(appRounds, bareRounds, 0.95);
    const spread = `90% interval ${low.toFixed(2)}-${high.toFixed(2)} (bootstrap over the turns); per round: ${roundRatios.map((x) => x.toFixed(2)).join(', ')}`;
    return [
      ...profileRows,
      ...a.rows,
      ...b.rows.map((r) => ({ ...r, target: undefined, ok: undefined })),
      { name: 'typing p95, app / bare', value: ratio, unit: 'x', target: '≤ 1.25 x', ok: ratio <= 1.25, note: `${load}; ${spread}` },
      // A profiled run types only the app and the bare editor.
      ...(plainRounds.length ? withoutUnderlinesRows(plainRounds, bareRounds, a.p95, b.p95, underlined) : []),
      firstKeysRow(appRounds, bareRounds),
      { name: 'findings drawn while the keys came', value: paintsWhileTyping, unit: 'times', note: `in ${turns} turns of ${perTurn} keystrokes (a check mid-burst; its drawing costs the keys around it)` },
      { name: 'last keystroke → findings drawn p50', value: f50, unit: 'ms', note: `${WORD_ROUNDS} words typed` },
      { name: 'last keystroke → findings drawn p95', value: f95, unit: 'ms', target: '≤ 300 ms', ok: f95 <= 300, note: `${WORD_ROUNDS} words typed` },
    ];
  } finally {
    for (const other of others) await other.close().catch(() => undefined);
    await browser?.close();
    server?.close();
    if (host) {
      host.kill('SIGTERM');
      await new Promise((r) => host!.once('exit', r));
    }
    await rm(root, { recursive: true, force: true });
  }
}

// ---- Profile mode (COPYDESK_TYPING_PROFILE=DIR): where the page's main thread spends its time ----

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: unknown } }
interface ProfileNode { id: number; parent?: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Trace event names by what they cost: the trace's own words, grouped as DevTools groups them. */
const CAUSE: Record<string, string> = {
  Layout: 'layout', UpdateLayoutTree: 'style', RecalculateStyles: 'style', HitTest: 'layout',
  Paint: 'paint', PrePaint: 'paint', Layerize: 'paint', UpdateLayer: 'paint', UpdateLayerTree: 'paint', Commit: 'paint',
  PaintImage: 'paint', 'LocalFrameView::RunPostLifecycleSteps': 'paint', IntersectionObserverController: 'paint',
  FunctionCall: 'script', EvaluateScript: 'script', TimerFire: 'script', EventDispatch: 'script', FireAnimationFrame: 'script',
  RunMicrotasks: 'script', 'V8.Execute': 'script', 'v8.callFunction': 'script', 'v8.run': 'script', FireIdleCallback: 'script',
  'v8.compile': 'script', 'V8.CompileCode': 'script', ParseHTML: 'other',
};

function causeOf(name: string): string {
  if (CAUSE[name]) return CAUSE[name];
  if (/GC|Scavenge|MarkCompact|Sweep/i.test(name)) return 'gc';
  return 'other';
}

async function startProfile(page: Page): Promise<CDPSession> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel',
      'disabled-by-default-devtools.timeline.invalidationTracking',
    ],
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  return cdp;
}

/**
 * Self CPU time of every complete event on one thread: its thread-clock duration minus its
 * children's. CPU, not wall time: on a busy machine the thread is often descheduled, and wall
 * times then grow with the load rather than with the work.
 */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const sorted = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  const add = (name: string, us: number) => self.set(name, (self.get(name) ?? 0) + us);
  for (const e of sorted) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(parent.name, -e.tdur!);
    add(e.name, e.tdur!);
    stack.push(e);
  }
  return self;
}

async function stopProfile(page: Page, cdp: CDPSession, dir: string, label: string, keys: number): Promise<Row[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  const traceBuffer = await page.context().browser()!.stopTracing();
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
  await writeFile(join(dir, `${label}.trace.json`), traceBuffer);

  // The page's main thread: the renderer main thread with the most work in the trace.
  const events = (JSON.parse(traceBuffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && e.name === 'RunTask') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur!);
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  const total = tasks.reduce((t, e) => t + e.dur!, 0);
  const cpu = tasks.reduce((t, e) => t + (e.tdur ?? 0), 0);
  const self = selfTimes(onMain);
  const byCause = new Map<string, number>();
  for (const [name, us] of self) byCause.set(causeOf(name), (byCause.get(causeOf(name)) ?? 0) + us);

  // JavaScript self time by function, and inclusive time by component-like (Capitalised) function.
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fnSelf = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const nameOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = nodes.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    fnSelf.set(nameOf(node), (fnSelf.get(nameOf(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at)!.callFrame.functionName;
      if (/^[A-Z][A-Za-z]+$/.test(f) && !seen.has(f)) {
        seen.add(f);
        inclusive.set(f, (inclusive.get(f) ?? 0) + dt);
      }
    }
  });
  // What made the browser lay out and repaint: invalidations by kind and node.
  const invalidated = new Map<string, number>();
  for (const e of onMain) {
    if (!e.name.endsWith('InvalidationTracking')) continue;
    const d = (e.args as { data?: { nodeName?: string; reason?: string } } | undefined)?.data;
    const k = `${e.name.replace('InvalidationTracking', '')}: ${d?.reason ?? ''} ${d?.nodeName ?? ''}`;
    invalidated.set(k, (invalidated.get(k) ?? 0) + 1);
  }
  const top = (m: Map<string, number>, n: number, scale = 1, unit = 'ms/key') =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((v * scale) / keys).toFixed(3).padStart(8)} ${unit}  ${k}`).join('\n');
  const summary = [
    `${label}: ${keys} keystrokes; main thread busy ${(total / 1000 / keys).toFixed(2)} ms (wall), ${(cpu / 1000 / keys).toFixed(2)} ms CPU per keystroke`,
    '', 'CPU by cause (trace self time):', top(byCause, 10, 1 / 1000),
    '', 'CPU by trace event (self time):', top(self, 25, 1 / 1000),
    '', 'JavaScript by function (self time):', top(fnSelf, 40),
    '', 'JavaScript by component-like function (inclusive):', top(inclusive, 40),
    '', 'invalidations per keystroke (count):', top(invalidated, 30, 1, '/key'),
  ].join('\n');
  await writeFile(join(dir, `${label}.summary.txt`), `${summary}\n`);
  process.stderr.write(`${summary}\n\n`);
  const note = `profiled run, ${keys} keystrokes; details in ${dir}/${label}.summary.txt`;
  return [
    { name: `${label}: main-thread busy (wall) per keystroke`, value: total / 1000 / keys, unit: 'ms', note },
    { name: `${label}: main-thread CPU per keystroke`, value: cpu / 1000 / keys, unit: 'ms', note },
    ...[...byCause].sort((a, b) => b[1] - a[1]).map(([cause, us]) => ({ name: `${label}: main-thread CPU, ${cause}, per keystroke`, value: us / 1000 / keys, unit: 'ms', note })),
  ];
}

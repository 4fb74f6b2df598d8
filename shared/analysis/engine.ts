/**
 * The analysis pipeline: runs every registered checker over a document and merges what they
 * return into one result.
 *
 * Two entry points share one implementation:
 * - `analyze(text, options)` — a one-off analysis (the CLI, library-wide checks).
 * - `createAnalyzer(options)` — an incremental analyser for the editor. It caches each
 *   checker's per-paragraph `scan` result keyed by the paragraph's text, so after a one-word
 *   edit only the edited paragraph is scanned again; the whole-article `decide` step re-runs
 *   over cached facts. The cache holds only paragraphs the current document uses, so it never
 *   grows beyond one document's worth of facts.
 */
import type { Checker, CheckerOutput, ParagraphContext } from './checker.ts';
import { CHECKERS } from './checkers.ts';
import { makeDoc } from './doc.ts';
import type { Doc } from './doc.ts';
import type { AnalysisResult, AnalyzeOptions, CheckName, Entity, Finding, Quote } from './types.ts';

/** What the last `update` did, for tests, the benchmark and the UI's debug view. */
export interface UpdateStats {
  paragraphs: number;
  /** Paragraphs whose facts had to be computed (cache misses). */
  scanned: number;
  /** Paragraphs whose facts came from the cache. */
  reused: number;
  /** Distinct paragraph texts held in the cache after the update (pruned to the document). */
  cached: number;
}

export interface Analyzer {
  /** Analyse `text`; `options`, when given, replace the analyser's options from now on. */
  update(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** Replace the options (dismissed findings, style book, checks) without analysing. */
  setOptions(options: AnalyzeOptions): void;
  readonly lastStats: UpdateStats;
  /** Forget every cached scan (after a checker's configuration changed, say). */
  clear(): void;
}

/** Facts of one paragraph: `facts[k]` is `CHECKERS[k].scan(text)`, undefined if not yet run. */
type ParagraphFacts = unknown[];

/** The last document's paragraph texts and the facts slot each one used, index by index. */
interface Previous {
  texts: string[];
  slots: ParagraphFacts[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return createAnalyzer(options).update(text);
}

export function createAnalyzer(initialOptions: AnalyzeOptions = {}): Analyzer {
  let options = initialOptions;
  let previous: Previous = { texts: [], slots: [] };
  let lastText: string | null = null;
  let lastOptions: AnalyzeOptions | null = null;
  let lastResult: AnalysisResult | null = null;
  let stats: UpdateStats = { paragraphs: 0, scanned: 0, reused: 0, cached: 0 };

  return {
    update(text, nextOptions) {
      if (nextOptions) options = nextOptions;
      // Nothing changed since the last call: the editor may ask again after a selection move.
      if (lastResult && text === lastText && options === lastOptions) return lastResult;
      const doc = makeDoc(text);
      const { slots, scanned } = matchSlots(previous, doc.paragraphs.map((p) => p.text));
      // Only the slots the current document uses are kept: the cache never outgrows one document.
      previous = { texts: doc.paragraphs.map((p) => p.text), slots };
      const distinct = new Set(slots).size;
      const result = run(doc, options, slots);
      stats = { paragraphs: doc.paragraphs.length, scanned, reused: distinct - scanned, cached: distinct };
      lastText = text;
      lastOptions = options;
      lastResult = result;
      return result;
    },
    setOptions(nextOptions) {
      options = nextOptions;
    },
    get lastStats() {
      return stats;
    },
    clear() {
      previous = { texts: [], slots: [] };
      lastResult = null;
    },
  };
}

/**
 * The facts slot for each paragraph of the new document: the previous document's slot for a
 * paragraph with the same text, a fresh one otherwise; equal texts share one slot. Typing
 * changes one paragraph, so the unchanged runs at the start and at the end are matched index by
 * index with a plain string comparison; only the paragraphs in between are looked up, through
 * an index by length (a Map keyed by whole paragraph texts would hash the entire article on
 * every keystroke).
 */
function matchSlots(previous: Previous, texts: readonly string[]): { slots: ParagraphFacts[]; scanned: number } {
  const old = previous.texts;
  const slots: ParagraphFacts[] = new Array<ParagraphFacts>(texts.length);
  const shortest = Math.min(old.length, texts.length);
  let head = 0;
  while (head < shortest && texts[head] === old[head]) {
    slots[head] = previous.slots[head]!;
    head++;
  }
  let tail = 0;
  while (tail < shortest - head && texts[texts.length - 1 - tail] === old[old.length - 1 - tail]) {
    slots[texts.length - 1 - tail] = previous.slots[old.length - 1 - tail]!;
    tail++;
  }
  let scanned = 0;
  if (head + tail === texts.length) return { slots, scanned };
  if (texts.length - tail - head <= FEW_CHANGED) return matchFew(previous, texts, slots, head, tail);
  // Texts by length: the previous document's, then the new paragraphs met so far.
  const byLength = new Map<number, { text: string; slot: ParagraphFacts }[]>();
  const remember = (text: string, slot: ParagraphFacts): void => {
    const list = byLength.get(text.length);
    if (list) list.push({ text, slot });
    else byLength.set(text.length, [{ text, slot }]);
  };
  old.forEach((text, i) => remember(text, previous.slots[i]!));
  for (let i = head; i < texts.length - tail; i++) {
    const text = texts[i]!;
    const found = byLength.get(text.length)?.find((entry) => entry.text === text);
    if (found) {
      slots[i] = found.slot;
      continue;
    }
    const slot: ParagraphFacts = [];
    slots[i] = slot;
    remember(text, slot);
    scanned++;
  }
  return { slots, scanned };
}

/** Up to this many paragraphs between the unchanged head and tail are looked up one by one. */
const FEW_CHANGED = 4;

/**
 * matchSlots for a few changed paragraphs (typing): each is compared with the previous texts in
 * order, then with the new ones met before it — the same first match the index by length gives,
 * without building that index over the whole previous document on every keystroke.
 */
function matchFew(previous: Previous, texts: readonly string[], slots: ParagraphFacts[], head: number, tail: number): { slots: ParagraphFacts[]; scanned: number } {
  const old = previous.texts;
  let scanned = 0;
  for (let i = head; i < texts.length - tail; i++) {
    const text = texts[i]!;
    let slot: ParagraphFacts | undefined;
    for (let j = 0; j < old.length && !slot; j++) if (old[j]!.length === text.length && old[j] === text) slot = previous.slots[j]!;
    // No previous text matched: an equal new paragraph before this one already has its fresh slot.
    for (let j = head; j < i && !slot; j++) if (texts[j] === text) slot = slots[j]!;
    if (!slot) {
      slot = [];
      scanned++;
    }
    slots[i] = slot;
  }
  return { slots, scanned };
}

/** Checks whose checkers always run, because later checkers need their entities and quotes. */
const PROVIDERS: ReadonlySet<CheckName> = new Set(['names', 'quotes']);

function run(doc: Doc, options: AnalyzeOptions, slots: readonly ParagraphFacts[]): AnalysisResult {
  const wanted = options.checks ? new Set<CheckName>(options.checks) : null;
  const findings: Finding[] = [];
  let entities: Entity[] = [];
  let quotes: Quote[] = [];
  // Per-paragraph work shared by the checkers that scan a paragraph in this run (made on first scan).
  const contexts = new Array<ParagraphContext | undefined>(doc.paragraphs.length).fill(undefined);
  CHECKERS.forEach((checker, k) => {
    const reported = !wanted || wanted.has(checker.check);
    if (!reported && !PROVIDERS.has(checker.check)) return;
    const facts = factsFor(doc, slots, checker, k, contexts);
    const out: CheckerOutput = checker.decide({ doc, facts, options, entities, quotes });
    if (out.entities) entities = out.entities;
    if (out.quotes) quotes = out.quotes;
    if (reported) findings.push(...out.findings);
  });
  const dismissed = new Set(options.dismissed ?? []);
  const kept = dismissed.size ? findings.filter((f) => !dismissed.has(f.id)) : findings;
  kept.sort(byPosition);
  quotes = [...quotes].sort(byPosition);
  return { findings: kept, quotes, entities };
}

/**
 * Checker `k`'s facts for every paragraph, scanning only the paragraphs whose slot lacks them.
 * A plain loop reading `slot[k]` first: the `in` test (a scan may return undefined) is made only
 * for a missing value, since this runs for every paragraph and every checker on each keystroke.
 */
function factsFor(doc: Doc, slots: readonly ParagraphFacts[], checker: Checker, k: number, contexts: (ParagraphContext | undefined)[]): unknown[] {
  const paragraphs = doc.paragraphs;
  const facts: unknown[] = []; // filled by push: a packed array, quicker for every checker to read
  for (let i = 0; i < paragraphs.length; i++) {
    const slot = slots[i]!;
    let f = slot[k];
    if (f === undefined && !(k in slot)) {
      f = checker.scan(paragraphs[i]!.text, (contexts[i] ??= {}));
      slot[k] = f;
    }
    facts.push(f);
  }
  return facts;
}

function byPosition(a: { start: number; end: number; id: string }, b: { start: number; end: number; id: string }): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

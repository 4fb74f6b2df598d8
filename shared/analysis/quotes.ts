/**
 * The quotes checker: every quotation in the article with its speaker, and the findings a copy
 * editor would raise about them — a full quote nobody is said to have spoken (warning), a quote
 * mark that never closes (error), an article that mixes quote styles (info).
 *
 * `scan` (quotes/scan.ts) reads one paragraph: marks, kinds, attribution as written, people.
 * `decide` joins quotes that run over paragraphs, carries a speaker on to the quote that
 * continues their words, and resolves "he", "the minister" and surnames to full names.
 */
import type { Checker, DecideInput } from './checker.ts';
import { findingId } from './ids.ts';
import { buildReferents } from './quotes/referents.ts';
import { resolveSpeaker } from './quotes/resolve.ts';
import { reusableSpeakers, touches } from './quotes/reuse.ts';
import type { LastResolution, SpeakerMemo } from './quotes/reuse.ts';
import { quoteId, quoteKey, scanQuotes } from './quotes/scan.ts';
import type { QuoteFacts, ScannedQuote } from './quotes/scan.ts';
import type { Finding, Quote, QuoteKind } from './types.ts';
import type { QuoteStyle } from './quotes/marks.ts';

// Module constants, not literals in the functions below: a regex literal in a function body makes
// a new RegExp object each time it is evaluated, and these run per quote, word or mark.
const ONE_SENTENCE_AT_MOST = /^[^.!?]*[.!?…]?["”’»]?\s*$/u;
const SENTENCE_END = /[.!?…]["”’»]?\s*$/u;
const PUNCTUATION_ONLY = /^[,.!?…\s]*$/u;

/** A quotation placed in the article (absolute offsets). */
interface Placed {
  quote: ScannedQuote;
  paragraph: number;
  /** The paragraph the quote opens in (`paragraph` moves to a later attribution). */
  home: number;
  /** Absolute index of the opening and closing marks. */
  open: number;
  close: number;
  kind: QuoteKind;
  attribution: { start: number; end: number } | null;
  speaker: string | null;
  /** Where the attribution ends (or the quote, without one), for continuation. */
  tail: number;
  /** The quote continues into later paragraphs: its words (and key) are not the scanned ones. */
  extended?: boolean;
}

/**
 * The id of a scanned quote that is the nth with its words. Repeats are hashed once per scanned
 * quote and kept on it (gone when the engine drops the paragraph's facts). A field rather than a
 * WeakMap keyed by the quote: a full analysis has fresh quotes, and filling a WeakMap cost more.
 */
function scannedQuoteId(q: ScannedQuote, n: number): string {
  if (n === 1) return q.id;
  const ids = (q.repeatIds ??= []);
  return (ids[n] ??= quoteId(q.key, n));
}

const PRONOUN_REACH = 3; // paragraphs a "he said" may look back over

export { quoteKey };

/**
 * The quotes placed in the article, the paragraphs whose open quote runs on, and whether the
 * top-level quotes use more than one style (read in the same pass: see mixedStyles).
 */
function place(input: DecideInput<QuoteFacts>): { placed: Placed[]; runOn: Set<number>; severalStyles: boolean } {
  const { doc, facts } = input;
  const placed: Placed[] = [];
  // Paragraph indexes whose open-at-end quote continues into the next paragraph.
  const runOn = new Set<number>();
  let carry: Placed | null = null;
  let firstStyle: QuoteStyle | null = null;
  let severalStyles = false;
  doc.paragraphs.forEach((p, i) => {
    const f = facts[i]!;
    for (const q of f.quotes) {
      if (!severalStyles && isStyleUse(input, i, q)) {
        if (firstStyle === null) firstStyle = q.style;
        else if (q.style !== firstStyle) severalStyles = true;
      }
      const runsOn = q.close === p.text.length && f.openAtEnd?.at === q.open;
      const attribution = q.attribution ? { start: p.start + q.attribution.start, end: p.start + q.attribution.end } : null;
      // The reopening mark of a continued quote: extend the quote carried from before.
      if (carry && q.open === 0 && q.depth === 0) {
        carry.close = p.start + q.close;
        carry.extended = true;
        if (attribution) {
          carry.quote = { ...carry.quote, attribution: q.attribution };
          carry.attribution = attribution;
          carry.paragraph = i;
        }
        carry.tail = attribution ? Math.max(attribution.end, carry.close) : carry.close;
        if (!runsOn) carry = null;
        else runOn.add(i);
        continue;
      }
      const entry: Placed = {
        quote: q, paragraph: i, home: i, open: p.start + q.open, close: p.start + q.close, kind: q.kind,
        attribution, speaker: null, tail: attribution ? Math.max(attribution.end, p.start + q.close) : p.start + q.close,
      };
      placed.push(entry);
      if (runsOn) {
        const next = facts[i + 1];
        if (next && next.opensWith === f.openAtEnd!.family) {
          carry = entry;
          entry.kind = 'full';
          runOn.add(i);
        }
      }
    }
    if (carry && !runOn.has(i)) carry = null;
  });
  return { placed, runOn, severalStyles };
}

/** A top-level quote that is not the reopening of a quote run on from the paragraph before. */
function isStyleUse(input: DecideInput<QuoteFacts>, i: number, q: ScannedQuote): boolean {
  return !(q.depth > 0 || q.open === 0 && input.facts[i - 1]?.openAtEnd);
}

// The last decide's input and speakers: see quotes/reuse.ts.
let lastResolution: LastResolution | null = null;

function decide(input: DecideInput<QuoteFacts>) {
  const { doc } = input;
  const text = doc.text;
  const referents = buildReferents(doc, input.entities, input.facts);
  const { placed, runOn, severalStyles } = place(input);
  const reusable = reusableSpeakers(lastResolution, doc, input.facts, input.entities);
  const speakers: SpeakerMemo = new Map();

  let previousTop: Placed | null = null;
  for (const q of placed) {
    if (q.quote.depth > 0) continue;
    const p = doc.paragraphs[q.paragraph]!;
    const ref = q.quote.attribution?.ref ?? null;
    if (ref) {
      const horizon = doc.paragraphs[Math.max(0, q.paragraph - PRONOUN_REACH)]!.start;
      const anchor = Math.min(q.open, p.start + ref.start);
      // Everything resolution reads near the quote: from the pronoun's horizon to the attribution's end.
      const kept = reusable && !touches(reusable, Math.min(horizon, anchor), Math.max(q.close, q.tail))
        ? reusable.speakers.get(q.quote)?.get(q.home)
        : undefined;
      q.speaker = kept !== undefined
        ? kept
        : resolveSpeaker(ref, { text, referents, quoteStart: q.open + 1, quoteEnd: q.close, anchor, horizon }, p.start + ref.start, p.start + ref.end);
      let byHome = speakers.get(q.quote);
      if (!byHome) speakers.set(q.quote, (byHome = new Map()));
      byHome.set(q.home, q.speaker);
    } else if (previousTop && q.kind === 'full' && continuesSpeaker(text, previousTop, q)) {
      // A quote with no attribution of its own, straight after someone's attributed words.
      q.speaker = previousTop.speaker;
      q.attribution = previousTop.attribution;
    }
    previousTop = q;
  }

  const quotes: Quote[] = [];
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  for (const q of placed) {
    const start = q.open + 1;
    const end = q.close;
    const words = text.slice(start, end);
    const key = q.extended ? quoteKey(words) : q.quote.key;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const id = q.extended ? quoteId(key, n) : scannedQuoteId(q.quote, n);
    const quote: Quote = { id, text: words, start, end, kind: q.kind, speaker: q.speaker };
    if (q.attribution) quote.attribution = { start: q.attribution.start, end: q.attribution.end, text: text.slice(q.attribution.start, q.attribution.end) };
    quotes.push(quote);
    if (q.quote.depth === 0 && q.kind === 'full' && q.speaker === null && !q.attribution) {
      findings.push({
        id: findingId('quotes', 'unattributed', key), check: 'quotes', severity: 'warning',
        message: 'This quote has no speaker: the text never says who said it.',
        start, end, text: words,
      });
    }
  }
  findings.push(...unbalanced(input, runOn), ...mixedStyles(input, severalStyles));
  lastResolution = { doc, facts: input.facts, entities: input.entities, speakers };
  return { findings, quotes };
}

/**
 * The quote opens its sentence right after the previous quote's attributed sentence ends:
 * `"A," Sorel said on arrival. "B."` — B is Sorel's too.
 */
function continuesSpeaker(text: string, prev: Placed, q: Placed): boolean {
  if (!prev.speaker || !q.quote.opensSentence) return false;
  // At most eight words and no quote mark between them: stop reading as soon as either fails,
  // since the previous quote may be many paragraphs back.
  let words = 0;
  let inWord = false;
  for (let i = prev.tail; i < q.open; i++) {
    const ch = text[i]!;
    if (QUOTE_MARK_RE.test(ch)) return false;
    const space = SPACE_RE.test(ch);
    if (!space && !inWord && ++words > 8) return false;
    inWord = !space;
  }
  const between = text.slice(prev.tail, q.open);
  return ONE_SENTENCE_AT_MOST.test(between) && (words === 0 || SENTENCE_END.test(between) || PUNCTUATION_ONLY.test(between));
}

const QUOTE_MARK_RE = /["“”«»‘]/u;
const SPACE_RE = /\s/u;

function unbalanced(input: DecideInput<QuoteFacts>, runOn: ReadonlySet<number>): Finding[] {
  const out: Finding[] = [];
  input.doc.paragraphs.forEach((p, i) => {
    const f = input.facts[i]!;
    const openLeft = f.openAtEnd !== null && !runOn.has(i);
    if (f.lone.length === 0 && !openLeft) return; // most paragraphs: nothing to copy
    const lone = [...f.lone];
    if (f.openAtEnd && openLeft) lone.push({ at: f.openAtEnd.at, mark: p.text[f.openAtEnd.at]!, role: 'open' });
    for (const m of lone) {
      const at = p.start + m.at;
      const context = m.role === 'open' ? p.text.slice(m.at + 1, m.at + 40) : p.text.slice(Math.max(0, m.at - 40), m.at);
      out.push({
        id: findingId('quotes', 'unbalanced', m.mark, quoteKey(context)), check: 'quotes', severity: 'error',
        message: m.role === 'open'
          ? `This ${m.mark} opens a quote that is never closed.`
          : `This ${m.mark} closes a quote that was never opened.`,
        start: at, end: at + 1, text: m.mark,
      });
    }
  });
  return out;
}

const STYLE_NAMES: Record<QuoteStyle, string> = {
  'straight-double': 'straight double quotes (")',
  'curly-double': 'curly double quotes (“ ”)',
  'straight-single': "straight single quotes (')",
  'curly-single': 'curly single quotes (‘ ’)',
  guillemet: 'guillemets (« »)',
};

/** One info finding when the article's top-level quotes use more than one style. */
function mixedStyles(input: DecideInput<QuoteFacts>, severalStyles: boolean): Finding[] {
  // Most articles keep one style: then nothing is collected.
  if (!severalStyles) return [];
  // Where each style is used, as [paragraph, quote]; spans are made only if there is a finding.
  const uses = new Map<QuoteStyle, [number, ScannedQuote][]>();
  input.doc.paragraphs.forEach((_, i) => {
    for (const q of input.facts[i]!.quotes) {
      if (!isStyleUse(input, i, q)) continue;
      let list = uses.get(q.style);
      if (!list) uses.set(q.style, (list = []));
      list.push([i, q]);
    }
  });
  if (uses.size < 2) return [];
  const span = ([i, q]: [number, ScannedQuote]) => {
    const p = input.doc.paragraphs[i]!;
    return { start: p.start + q.open, end: p.start + q.close + 1, text: p.text.slice(q.open, q.close + 1) };
  };
  const ranked = [...uses.entries()].sort((a, b) => b[1].length - a[1].length);
  const [main] = ranked[0]!;
  const [odd, uses1] = ranked[1]!;
  const first = span(uses1[0]!);
  return [{
    id: findingId('quotes', 'mixed-styles', ...ranked.map(([s]) => s).sort()),
    check: 'quotes', severity: 'info',
    message: `The article mixes quote styles: mostly ${STYLE_NAMES[main]}, but also ${STYLE_NAMES[odd]}.`,
    start: first.start, end: first.end, text: first.text,
    related: ranked.slice(1).flatMap(([, u]) => u).slice(1).map(span),
  }];
}

export const quotesChecker: Checker<QuoteFacts> = {
  check: 'quotes',
  scan: scanQuotes,
  decide,
};

/**
 * The quotes checker's per-paragraph work: quotation spans, their kind, the attribution written
 * in the paragraph, and the people named in it. Pure and cacheable by paragraph text; every
 * offset is relative to the paragraph.
 */
import { findingId } from '../ids.ts';
import type { QuoteKind } from '../types.ts';
import { accordingLater, attributionAfter, attributionBefore } from './attribution.ts';
import type { Attribution } from './attribution.ts';
import { isSpace } from '../doc.ts';
import { isSentenceStop, isStopCloser } from './chars.ts';
import { openingFamilyAtStart, parseMarks } from './marks.ts';
import type { LoneMark, QuoteFamily, QuoteSpan, QuoteStyle } from './marks.ts';
import type { ParagraphMemo } from './mentionContext.ts';

// Module constants, not literals in the functions below: a regex literal in a function body makes
// a new RegExp object each time it is evaluated, and these run per quote, word or mark.
const SENTENCE_MARK = /[.!?…]/u;
const CAPITAL_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;
const CLAUSE_THEN_COMMA = /^[^.!?;:]*,\s*$/u;
const COMMA_END = /,\s*$/u;

export interface ScannedQuote {
  /** Index of the opening mark (the quoted text starts one after it). */
  open: number;
  /** Index of the closing mark, or the paragraph's length when the quote runs on. */
  close: number;
  depth: number;
  style: QuoteStyle;
  kind: QuoteKind;
  attribution: Attribution | null;
  /** Nothing of its sentence stands before the quote: it may continue the last speaker's words. */
  opensSentence: boolean;
  /** The second half of an interrupted quote ("A," said X, "b."): it shares the attribution. */
  interrupted: boolean;
  /** quoteKey of the quoted words and the quote's id (a quote continued in the next paragraph gets new ones in decide). */
  key: string;
  id: string;
  /** Ids of the 2nd, 3rd, ... quote with these words, made by decide on first need (quotes.ts). */
  repeatIds: string[] | undefined;
}

/** The quoted words, normalised, as the key of a stable id. */
export function quoteKey(text: string): string {
  // The runs of letters and digits, joined by one space: what
  // `lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, without a Unicode regex over every
  // character (this runs for every quote of every scanned paragraph).
  // Runs separated by exactly one space already read as the key does: such a stretch is cut out
  // in one piece, and only a gap of anything else (a comma, a dash, an apostrophe) adds a cut.
  const lower = text.toLowerCase();
  let key = '';
  let stretch = -1; // where the current stretch of single-space-separated runs starts
  let runStart = -1;
  let runEnd = -1; // where the last finished run ends
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    let width = 1;
    let kept: boolean;
    if (c < 128) kept = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else {
      const cp = lower.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      kept = isLetterOrDigit(cp);
    }
    if (kept) {
      if (runStart < 0) {
        if (stretch < 0) stretch = i;
        else if (i - runEnd !== 1 || lower.charCodeAt(runEnd) !== 32) {
          key += lower.slice(stretch, runEnd) + ' ';
          stretch = i;
        }
        runStart = i;
      }
    } else if (runStart >= 0) {
      runEnd = i;
      runStart = -1;
    }
    i += width;
  }
  if (runStart >= 0) runEnd = lower.length;
  return stretch < 0 ? '' : key + lower.slice(stretch, runEnd);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Curly quotes, dashes and accented letters recur; their answers are kept (bounded).
const NON_ASCII_KEPT = new Map<number, boolean>();

function isLetterOrDigit(cp: number): boolean {
  let kept = NON_ASCII_KEPT.get(cp);
  if (kept === undefined) {
    kept = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (NON_ASCII_KEPT.size > 4096) NON_ASCII_KEPT.clear();
    NON_ASCII_KEPT.set(cp, kept);
  }
  return kept;
}

/** The first quote with these words is `quotes:hash(key)`; the nth repeat adds n. */
export function quoteId(key: string, n = 1): string {
  return n === 1 ? findingId('quotes', key) : findingId('quotes', key, String(n));
}

export interface QuoteFacts {
  quotes: ScannedQuote[];
  lone: LoneMark[];
  /** A top-level quote still open at the paragraph's end (index of its opening mark). */
  openAtEnd: { at: number; family: QuoteFamily; style: QuoteStyle } | null;
  /** The paragraph begins with an opening mark of this family (a continued quote, AP style). */
  opensWith: QuoteFamily | null;
  /** What decide has read around names in this paragraph, kept with the facts (mentionContext.ts). */
  memo: ParagraphMemo | undefined;
}

const ABBREVIATION_BEFORE_STOP = /\b(?:mr|mrs|ms|dr|prof|gen|lt|col|capt|sgt|rep|sen|gov|st|jr|sr|no|vs|etc|inc|ltd|co|corp|[\p{Lu}])$/iu;

/**
 * The paragraph with every top-level quotation's words blanked out (its final . ! ? kept), so
 * that sentence ends inside a quote do not split the sentence around it.
 */
function maskQuotes(text: string, spans: readonly { open: number; close: number }[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    const keepLast = s.close - 1 > s.open && SENTENCE_MARK.test(text[s.close - 1]!);
    const blankEnd = keepLast ? s.close - 1 : s.close;
    out += text.slice(at, s.open + 1) + 'x'.repeat(Math.max(0, blankEnd - s.open - 1));
    at = blankEnd;
  }
  return out + text.slice(at);
}

const SENTENCE_BREAK_RE = /[.!?…]+["'”’»)\]]*\s+/gu;

/**
 * Where sentences start in the masked paragraph: the ends of every sentence break that is not an
 * abbreviation's full stop, found once per paragraph.
 */
interface SentenceBreaks {
  masked: string;
  /** The index and end of each sentence break, in order, at 2k and 2k + 1 (a shared scratch buffer). */
  breaks: Int32Array;
  /** How many entries of `breaks` (twice the number of breaks) belong to this paragraph. */
  length: number;
}

// The breaks are read only while one paragraph is scanned: one buffer serves every paragraph.
let breakScratch = new Int32Array(256);

/**
 * Every match of SENTENCE_BREAK_RE in a global search: from each stop, the run of stops, the
 * closing marks after it, then white space, read by char code. Where no white space follows, a
 * match starting later in the same run of stops fails the same way, so the search goes on after
 * the closing marks. No match object or array per break: this runs on every paragraph with a
 * quote. Only breaks starting before `limit` are found: sentenceStartBefore reads no others
 * when asked about offsets up to `limit` (the last quote's opening mark).
 */
function sentenceBreaks(masked: string, limit: number): SentenceBreaks {
  let length = 0;
  const n = masked.length;
  // The regex engine skips to each stop faster than a loop over every character would.
  STOP_RE.lastIndex = 0;
  while (STOP_RE.test(masked)) {
    const i = STOP_RE.lastIndex - 1;
    if (i >= limit) break;
    let j = i + 1;
    while (j < n && isSentenceStop(masked.charCodeAt(j))) j++;
    while (j < n && isStopCloser(masked.charCodeAt(j))) j++;
    let end = j;
    while (end < n && isSpace(masked.charCodeAt(end))) end++;
    if (end > j) {
      if (length === breakScratch.length) {
        const grown = new Int32Array(length * 2);
        grown.set(breakScratch);
        breakScratch = grown;
      }
      breakScratch[length++] = i;
      breakScratch[length++] = end;
    }
    STOP_RE.lastIndex = end;
  }
  return { masked, breaks: breakScratch, length };
}

const STOP_RE = /[.!?…]/g;

function isAbbreviationStop(text: string, index: number): boolean {
  return text[index] === '.' && ABBREVIATION_BEFORE_STOP.test(text.slice(Math.max(0, index - 6), index));
}

function sentenceStartBefore(sb: SentenceBreaks, pos: number): number {
  let start = 0;
  const breaks = sb.breaks;
  for (let k = 0; k < sb.length; k += 2) {
    const index = breaks[k]!;
    const end = breaks[k + 1]!;
    if (index >= pos) break;
    if (end > pos) return sentenceStartBeforeSlow(sb.masked, pos); // the break runs across pos
    if (!isAbbreviationStop(sb.masked, index)) start = end;
  }
  return start;
}

/** The same reading on the text before `pos` alone (rare: a break running across `pos`). */
function sentenceStartBeforeSlow(masked: string, pos: number): number {
  const re = new RegExp(SENTENCE_BREAK_RE.source, 'gu');
  let start = 0;
  const head = masked.slice(0, pos);
  for (let m = re.exec(head); m; m = re.exec(head)) {
    if (!isAbbreviationStop(head, m.index)) start = m.index + m[0].length;
  }
  return start;
}

const SENTENCE_END_RE = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;

function sentenceEndAfter(masked: string, pos: number): number {
  SENTENCE_END_RE.lastIndex = pos;
  const m = SENTENCE_END_RE.exec(masked);
  return m ? m.index + m[0].length : masked.length;
}

/** The number of white-space-separated words in `s`, counted up to `cap`. */
function wordsUpTo(s: string, cap: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length && words < cap; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const INTRO_MARKS = new Set([':', ',', '-', '–', '—']);
const END_MARKS = new Set(['.', '!', '?', '…', ',']);

// What a quote's words and the text before it say of its kind; an attribution then settles a
// short one (see kindOf). Read once per quote, before and after the attribution is known.
const FULL = 0;
const SHORT = 1;
const PARTIAL = 2;

function readKind(inner: string, before: string): number {
  const trimmed = inner.trim();
  const words = wordsUpTo(trimmed, 3);
  const upper = CAPITAL_OR_DIGIT_START.test(trimmed);
  const ends = END_MARKS.has(trimmed[trimmed.length - 1] ?? '');
  const beforeEnd = before.trimEnd();
  const intro = beforeEnd === '' || INTRO_MARKS.has(beforeEnd[beforeEnd.length - 1]!);
  if ((upper && (words >= 3 || ends || intro)) || (intro && words >= 3 && beforeEnd !== '')) return FULL;
  return words <= 2 ? SHORT : PARTIAL;
}

/** A full quotation; else one or two words nobody is said to speak are scare quotes; else partial. */
function kindOf(reading: number, attributed: boolean): QuoteKind {
  if (reading === FULL) return 'full';
  return reading === SHORT && !attributed ? 'scare' : 'partial';
}

export function scanQuotes(text: string): QuoteFacts {
  const marks = parseMarks(text);
  const top = marks.spans.filter((s) => s.depth === 0);
  const openAtEnd = marks.openAtEnd;
  // A quote that runs on to the next paragraph is treated as closing at the paragraph's end.
  const topAll: QuoteSpan[] = openAtEnd
    ? [...top, { open: openAtEnd.at, close: text.length, family: openAtEnd.family, style: openAtEnd.style, depth: 0 }]
    : top;
  const quotes: ScannedQuote[] = [];
  if (marks.spans.length === 0 && !openAtEnd) return { quotes, lone: marks.lone, openAtEnd, opensWith: openingFamilyAtStart(text), memo: undefined };
  const masked = maskQuotes(text, topAll);
  // Sentence starts are read only before top-level quotes (there may be none: 'He said “hi”).
  const breaks = sentenceBreaks(masked, topAll.length > 0 ? topAll[topAll.length - 1]!.open : 0);

  for (let k = 0; k < topAll.length; k++) {
    const span = topAll[k]!;
    const prev = k > 0 ? topAll[k - 1]! : null;
    const nextOpen = k + 1 < topAll.length ? topAll[k + 1]!.open : text.length;
    const inner = text.slice(span.open + 1, span.close);
    const sentenceStart = Math.max(sentenceStartBefore(breaks, span.open), prev ? prev.close + 1 : 0);
    const before = text.slice(sentenceStart, span.open);
    const opensSentence = before.trim() === '';
    const runsOn = span.close === text.length;

    let attribution = runsOn ? null : attributionAfter(text, span, nextOpen);
    let interrupted = false;
    const prevQuote = quotes.at(-1);
    // "We are ready to talk," said Emil Varga, "but not while ...": one attribution, two halves.
    if (!attribution && prevQuote?.attribution && prev && prevQuote.attribution.start > prev.close) {
      const between = text.slice(prevQuote.attribution.end, span.open);
      if (CLAUSE_THEN_COMMA.test(between) && COMMA_END.test(text.slice(prev.open + 1, prev.close))) {
        attribution = prevQuote.attribution;
        interrupted = true;
      }
    }
    const reading = readKind(inner, before);
    if (!attribution && !opensSentence) attribution = attributionBefore(text, sentenceStart, span.open, reading !== FULL);
    if (!attribution && !runsOn) {
      attribution = accordingLater(text, span.close + 1, Math.min(nextOpen, sentenceEndAfter(masked, span.close)));
    }
    const kind = interrupted ? 'full' : kindOf(reading, attribution !== null);
    const key = quoteKey(inner);
    quotes.push({ open: span.open, close: span.close, depth: 0, style: span.style, kind, attribution, opensSentence, interrupted, key, id: quoteId(key), repeatIds: undefined });
  }
  // Quotes inside quotes: reported, but their speaker is whoever the outer speaker quotes.
  for (const span of marks.spans) {
    if (span.depth === 0) continue;
    const inner = text.slice(span.open + 1, span.close);
    const kind = kindOf(readKind(inner, text.slice(Math.max(0, span.open - 2), span.open)), false);
    const key = quoteKey(inner);
    quotes.push({ open: span.open, close: span.close, depth: span.depth, style: span.style, kind, attribution: null, opensSentence: false, interrupted: false, key, id: quoteId(key), repeatIds: undefined });
  }
  quotes.sort((a, b) => a.open - b.open);
  return {
    quotes,
    lone: marks.lone,
    openAtEnd,
    opensWith: openingFamilyAtStart(text),
    memo: undefined,
  };
}

/**
 * The quotes checker's per-paragraph work: quotation spans, their kind, the attribution written
 * in the paragraph, and the people named in it. Pure and cacheable by paragraph text; every
 * offset is relative to the paragraph.
 */
import type { QuoteKind } from '../types.ts';
import { accordingLater, attributionAfter, attributionBefore } from './attribution.ts';
import type { Attribution } from './attribution.ts';
import { openingFamilyAtStart, parseMarks } from './marks.ts';
import type { LoneMark, QuoteFamily, QuoteSpan, QuoteStyle } from './marks.ts';

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
}

export interface QuoteFacts {
  quotes: ScannedQuote[];
  lone: LoneMark[];
  /** A top-level quote still open at the paragraph's end (index of its opening mark). */
  openAtEnd: { at: number; family: QuoteFamily; style: QuoteStyle } | null;
  /** The paragraph begins with an opening mark of this family (a continued quote, AP style). */
  opensWith: QuoteFamily | null;
}

const ABBREVIATION_BEFORE_STOP = /\b(?:mr|mrs|ms|dr|prof|gen|lt|col|capt|sgt|rep|sen|gov|st|jr|sr|no|vs|etc|inc|ltd|co|corp|[\p{Lu}])$/iu;

/**
 * The paragraph with every top-level quotation's words blanked out (its final . ! ? kept), so
 * that sentence ends inside a quote do not split the sentence around it.
 */
function maskQuotes(text: string, spans: readonly { open: number; close: number }[]): string {
  const chars = text.split('');
  for (const s of spans) {
    const last = s.close - 1;
    for (let i = s.open + 1; i < s.close; i++) {
      if (i === last && /[.!?…]/u.test(chars[i]!)) continue;
      chars[i] = 'x';
    }
  }
  return chars.join('');
}

function sentenceStartBefore(masked: string, pos: number): number {
  const re = /[.!?…]+["'”’»)\]]*\s+/gu;
  let start = 0;
  const head = masked.slice(0, pos);
  for (let m = re.exec(head); m; m = re.exec(head)) {
    if (m[0].startsWith('.') && ABBREVIATION_BEFORE_STOP.test(head.slice(Math.max(0, m.index - 6), m.index))) continue;
    start = m.index + m[0].length;
  }
  return start;
}

function sentenceEndAfter(masked: string, pos: number): number {
  const re = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;
  re.lastIndex = pos;
  const m = re.exec(masked);
  return m ? m.index + m[0].length : masked.length;
}

function classifyKind(inner: string, before: string, attributed: boolean): QuoteKind {
  const trimmed = inner.trim();
  const words = trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
  const upper = /^[\p{Lu}\p{N}]/u.test(trimmed);
  const ends = /[.!?…,]$/u.test(trimmed);
  const intro = before.trim() === '' || /[:,\-–—]\s*$/u.test(before);
  if ((upper && (words >= 3 || ends || intro)) || (intro && words >= 3 && before.trim() !== '')) return 'full';
  if (words <= 2 && !attributed) return 'scare';
  return 'partial';
}

export function scanQuotes(text: string): QuoteFacts {
  const marks = parseMarks(text);
  const top = marks.spans.filter((s) => s.depth === 0);
  const openAtEnd = marks.openAtEnd;
  // A quote that runs on to the next paragraph is treated as closing at the paragraph's end.
  const topAll: QuoteSpan[] = openAtEnd
    ? [...top, { open: openAtEnd.at, close: text.length, family: openAtEnd.family, style: openAtEnd.style, depth: 0 }]
    : top;
  const masked = maskQuotes(text, topAll);
  const quotes: ScannedQuote[] = [];

  for (let k = 0; k < topAll.length; k++) {
    const span = topAll[k]!;
    const prev = k > 0 ? topAll[k - 1]! : null;
    const nextOpen = k + 1 < topAll.length ? topAll[k + 1]!.open : text.length;
    const inner = text.slice(span.open + 1, span.close);
    const sentenceStart = Math.max(sentenceStartBefore(masked, span.open), prev ? prev.close + 1 : 0);
    const before = text.slice(sentenceStart, span.open);
    const opensSentence = before.trim() === '';
    const runsOn = span.close === text.length;

    let attribution = runsOn ? null : attributionAfter(text, span, nextOpen);
    let interrupted = false;
    const prevQuote = quotes.at(-1);
    // "We are ready to talk," said Emil Varga, "but not while ...": one attribution, two halves.
    if (!attribution && prevQuote?.attribution && prev && prevQuote.attribution.start > prev.close) {
      const between = text.slice(prevQuote.attribution.end, span.open);
      if (/^[^.!?;:]*,\s*$/u.test(between) && /,\s*$/u.test(text.slice(prev.open + 1, prev.close))) {
        attribution = prevQuote.attribution;
        interrupted = true;
      }
    }
    const provisional = classifyKind(inner, before, false);
    if (!attribution && !opensSentence) attribution = attributionBefore(text, sentenceStart, span.open, provisional !== 'full');
    if (!attribution && !runsOn) {
      attribution = accordingLater(text, span.close + 1, Math.min(nextOpen, sentenceEndAfter(masked, span.close)));
    }
    const kind = interrupted ? 'full' : classifyKind(inner, before, attribution !== null);
    quotes.push({ open: span.open, close: span.close, depth: 0, style: span.style, kind, attribution, opensSentence, interrupted });
  }
  // Quotes inside quotes: reported, but their speaker is whoever the outer speaker quotes.
  for (const span of marks.spans) {
    if (span.depth === 0) continue;
    const inner = text.slice(span.open + 1, span.close);
    const kind = classifyKind(inner, text.slice(Math.max(0, span.open - 2), span.open), false);
    quotes.push({ open: span.open, close: span.close, depth: span.depth, style: span.style, kind, attribution: null, opensSentence: false, interrupted: false });
  }
  quotes.sort((a, b) => a.open - b.open);
  return {
    quotes,
    lone: marks.lone,
    openAtEnd,
    opensWith: openingFamilyAtStart(text),
  };
}

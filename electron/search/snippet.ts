/**
 * Snippets: the stretch of an article's text where a search matched best, with the matched
 * words' offsets so the UI can highlight them (and the editor can select the first one).
 */
import { isLetterOrDigit } from '../../shared/article/wordCount.ts';
import { fold, WORD } from './terms.ts';

export type Span = [start: number, end: number];

export interface Snippet {
  /** The excerpt, with "…" where it was cut. */
  text: string;
  /** Matched words, as offsets into `text`. */
  highlights: Span[];
}

export interface TextMatch {
  /** Matched words, as offsets into the whole text. */
  spans: Span[];
  /** The best window's first match, as offsets into the whole text (what the editor selects). */
  focus: Span | null;
  snippet: Snippet | null;
}

/**
 * Finds the words of `text` that are among `terms` (already folded, as the index stores them)
 * and cuts a snippet of about `width` characters around the densest cluster of different terms.
 */
export function matchText(text: string, terms: ReadonlySet<string>, width = 160): TextMatch {
  const { spans, termAt } = findTerms(text, terms);
  if (spans.length === 0) return { spans, focus: null, snippet: null };

  // Slide a window over the matches: prefer the one covering the most distinct terms, then the
  // most matches, then the earliest.
  let best = 0;
  let bestDistinct = 0;
  let bestCount = 0;
  let hi = 0;
  for (let lo = 0; lo < spans.length; lo++) {
    const startAt = (spans[lo] as Span)[0];
    if (hi < lo) hi = lo;
    while (hi + 1 < spans.length && (spans[hi + 1] as Span)[1] - startAt <= width) hi++;
    const distinct = new Set(termAt.slice(lo, hi + 1)).size;
    const count = hi - lo + 1;
    if (distinct > bestDistinct || (distinct === bestDistinct && count > bestCount)) {
      best = lo;
      bestDistinct = distinct;
      bestCount = count;
    }
  }
  const focus = spans[best] as Span;
  return { spans, focus, snippet: cut(text, spans, focus, width) };
}

/**
 * Every word of `text` that is one of `terms`, as the WORD pattern splits words. Runs over the
 * whole text of each hit shown (the larger part of a search's time with the Unicode regex): a
 * character loop finds the words, and a word is folded only when its length and first letter
 * could make it one of the terms.
 */
function findTerms(text: string, terms: ReadonlySet<string>): { spans: Span[]; termAt: string[] } {
  const spans: Span[] = [];
  const termAt: string[] = [];
  // Letters beyond the Basic Multilingual Plane (surrogate pairs): the regex handles them exactly.
  if (/[\uD800-\uDFFF]/.test(text)) {
    const word = new RegExp(WORD.source, WORD.flags);
    for (let m = word.exec(text); m !== null; m = word.exec(text)) {
      const term = fold(m[0]);
      if (terms.has(term)) {
        spans.push([m.index, m.index + m[0].length]);
        termAt.push(term);
      }
    }
    return { spans, termAt };
  }
  const lengths = new Set<number>();
  const firsts = new Set<number>();
  for (const t of terms) {
    lengths.add(t.length);
    firsts.add(t.charCodeAt(0));
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    // A word: letters and digits, with an apostrophe inside it (O'Brien, don’t).
    for (;;) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (!isLetterOrDigit(c)) break;
        if (c >= 0x80) ascii = false;
        i++;
      }
      const c = text.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019) && i + 1 < n && isLetterOrDigit(text.charCodeAt(i + 1))) {
        if (c !== 0x27) ascii = false;
        i++;
        continue;
      }
      break;
    }
    // An ASCII word folds to its lower case, same length: most words are ruled out unfolded.
    if (ascii) {
      let first = text.charCodeAt(start);
      if (first >= 0x41 && first <= 0x5a) first += 0x20;
      if (!lengths.has(i - start) || !firsts.has(first)) continue;
    }
    const term = fold(text.slice(start, i));
    if (terms.has(term)) {
      spans.push([start, i]);
      termAt.push(term);
    }
  }
  return { spans, termAt };
}

function cut(text: string, spans: Span[], focus: Span, width: number): Snippet {
  // Start a little before the first match, at a word boundary.
  let from = Math.max(0, focus[0] - Math.floor(width / 4));
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space >= 0 && focus[0] - space < width / 2 ? space + 1 : from;
  }
  let to = Math.min(text.length, from + width);
  if (to < text.length) {
    const space = text.indexOf(' ', to);
    to = space >= 0 && space - to < 30 ? space : to;
  }
  const raw = text.slice(from, to);
  const lead = from > 0 ? '…' : '';
  const trail = to < text.length ? '…' : '';
  // Keep the excerpt on one line; the replacements keep the length, so offsets stay valid.
  const excerpt = raw.replace(/\s/g, ' ');
  const highlights: Span[] = spans
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]) => [s - from + lead.length, e - from + lead.length]);
  return { text: lead + excerpt + trail, highlights };
}

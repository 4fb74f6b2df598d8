/**
 * The analysed document: the plain text and its paragraphs. A paragraph is a maximal run of
 * text without a line break, so "\n\n"-separated Lexical blocks and one-paragraph-per-line .txt
 * files both split naturally. Empty lines produce no paragraph.
 */
import type { ParagraphContext } from './checker.ts';
import type { Paragraph } from './types.ts';

export interface Doc {
  text: string;
  paragraphs: Paragraph[];
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // Line breaks found with indexOf (no match object per line: this runs on every keystroke);
  // "\r" is looked for only in a text that has one.
  const hasCR = text.includes('\r');
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (hasCR) {
      const cr = text.indexOf('\r', start);
      if (cr >= 0 && cr < end) end = cr;
    }
    if (end > start && !isBlank(text, start, end)) {
      paragraphs.push({ index: paragraphs.length, start, end, text: text.slice(start, end) });
    }
    start = end + 1;
  }
  return paragraphs;
}

/** Whether text[start, end) is white space only (what `trim() === ''` tells, without a copy). */
function isBlank(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  // Most lines start with a letter, digit or quote mark.
  if (c > 32 && c !== 160 && c < 0x1680) return false;
  return text.slice(start, end).trim() === '';
}

export function makeDoc(text: string): Doc {
  return { text, paragraphs: splitParagraphs(text) };
}

/** Sentence spans within one paragraph (offsets relative to the paragraph). */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'rep', 'sen', 'gov', 'st',
  'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'approx', 'str',
]);

/**
 * Split a paragraph into sentences: a sentence ends at . ! ? (optionally followed by closing
 * quotes or brackets) before whitespace and an upper-case letter, digit or opening quote —
 * unless the full stop follows a known abbreviation or a single initial ("J. Smith").
 */
const LETTER_OR_DOT = /[\p{L}.]/u;
// Module constants: a regex literal in a function body makes a new RegExp object each time.
const SINGLE_CAPITAL = /^\p{Lu}$/u;
/** The end of a sentence; read with `test` (no match array), lastIndex being where it ends. */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«([]?[\p{Lu}\p{N}])/gu;

function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const re = SENTENCE_END;
  re.lastIndex = 0;
  let start = 0;
  while (re.test(paragraph)) {
    const end = re.lastIndex;
    // The end is a lone full stop when it ends in "." with no other stop before it (a match
    // starts at the first stop of its run, and white space follows the previous match).
    if (paragraph.charCodeAt(end - 1) === 46 && (end < 2 || !isStop(paragraph.charCodeAt(end - 2)))) {
      // Walk back over the word before the stop; an end-anchored regex would rescan the
      // whole sentence prefix at every full stop.
      const stop = end - 1;
      let w = stop;
      while (w > start && LETTER_OR_DOT.test(paragraph[w - 1]!)) w--;
      const word = paragraph.slice(w, stop);
      if (ABBREVIATIONS.has(word.toLowerCase()) || SINGLE_CAPITAL.test(word)) continue;
    }
    pushSpan(spans, paragraph, start, end);
    start = end;
  }
  pushSpan(spans, paragraph, start, paragraph.length);
  return spans;
}

/** The paragraph's sentences, split once per paragraph when a context is given. */
export function sentencesIn(paragraph: string, context?: ParagraphContext): SentenceSpan[] {
  if (!context) return splitSentences(paragraph);
  context.sentences ??= splitSentences(paragraph);
  return context.sentences;
}

/** Exactly the characters regex \s matches (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function pushSpan(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}

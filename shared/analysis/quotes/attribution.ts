/**
 * Attribution patterns: who a quotation is given to, as written in its paragraph.
 *
 * - after the quote: `"...," Yun said.` / `"..." - he said.` / `«...» — said spokeswoman Elena
 *   Markova.` / `"...," Maria Kessler, the interior minister, said.` / `", according to X"`
 * - before it, in the same sentence: `she wrote: "..."` / `Judge Okafor said the scheme had
 *   "undermined ..."` / `Pell called the deal "expensive but fair"`
 * - an interrupted quote shares the attribution between its halves: `"A," said X, "b."`
 *
 * References are resolved to people later (names.ts entities, pronouns, titles); this file only
 * reads the sentence. Offsets are relative to the paragraph.
 */
import { isSpace } from '../doc.ts';
import type { QuoteSpan } from './marks.ts';
import { subjectAfter, subjectBefore } from './subject.ts';
import type { SpeakerRef } from './subject.ts';

// Module constants, not literals in the functions below: a regex literal in a function body makes
// a new RegExp object each time it is evaluated, and these run per quote, word or mark.
const PUNCTUATION = /[,.!?…:;\-–—]/u;
const CLAUSE = /^[^.!?;:“”"«»‘]*/u;
const ACCORDING_TO = /^according\s+to\s+/iu;
const SHORT_TAIL = /^(?:\s+[\p{L}\p{N}'’-]+){0,6}\s*[.!?]/u;
const THAT_AFTER = /^\s+that\b/iu;

export interface Attribution {
  ref: SpeakerRef | null;
  /** The span of "Yun said" / "according to Professor Hannah Lowe". */
  start: number;
  end: number;
}

const SPEECH_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'explained',
  'explains', 'replied', 'replies', 'responded', 'answered', 'asked', 'asks', 'warned', 'warns',
  'insisted', 'insists', 'argued', 'argues', 'wrote', 'writes', 'declared', 'announced', 'claimed',
  'claims', 'continued', 'concluded', 'recalled', 'recalls', 'remarked', 'observed', 'shouted',
  'cried', 'whispered', 'commented', 'acknowledged', 'admitted', 'admits', 'conceded', 'confirmed',
  'emphasised', 'emphasized', 'stressed', 'urged', 'suggested', 'predicted', 'promised', 'vowed',
  'pledged', 'tweeted', 'posted', 'complained', 'joked', 'quipped', 'countered', 'retorted',
  'lamented', 'mused', 'boasted', 'agreed', 'objected', 'protested', 'demanded', 'pointed out',
  'shot back', 'went on', 'recounted', 'testified', 'reiterated', 'cautioned', 'assured',
  'exclaimed', 'yelled', 'wrote in', 'told reporters',
];
// Verbs that characterise rather than report: Pell called the deal "expensive but fair".
const CHARACTERISING_VERBS = ['called', 'described', 'termed', 'dubbed', 'branded', 'labelled', 'labeled'];

const verbAlternation = (verbs: readonly string[]): string =>
  [...verbs].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
const SPEECH = verbAlternation(SPEECH_VERBS);
const VERB_FIRST_RE = new RegExp(`^(?:${SPEECH})(?:\\s+(?:later|then|also|afterwards|again|simply|quietly))?\\s+`, 'iu');
const SPEECH_RE = new RegExp(`\\b(?:${SPEECH})\\b`, 'giu');
const ANY_VERB_RE = new RegExp(`\\b(?:${SPEECH}|${verbAlternation(CHARACTERISING_VERBS)})\\b`, 'giu');
const ACCORDING_RE = /\baccording\s+to\s+/giu;
const CLAUSE_END_MARKS = new Set([',', '.', '!', '?', '…', ':', ';']);
const SENTENCE_END_MARKS = new Set(['.', '!', '?', '…']);
const GAP_PREFIX_RE = /^\s*[,.!?…]?\s*(?:[-–—]+\s*)?/u;

/** Attribution written after the closing mark, up to the next quotation. */
export function attributionAfter(text: string, span: QuoteSpan, gapEnd: number): Attribution | null {
  const gapStart = span.close + 1;
  const gap = text.slice(gapStart, gapEnd);
  const prefix = GAP_PREFIX_RE.exec(gap)![0];
  const restAt = gapStart + prefix.length;
  const rest = gap.slice(prefix.length);
  const innerLast = lastCharBefore(text, span.open + 1, span.close);
  const punctuated = CLAUSE_END_MARKS.has(innerLast) || PUNCTUATION.test(prefix);

  // "said Hana Vos", "replied Martin Okoye"
  const vf = VERB_FIRST_RE.exec(rest);
  if (vf) {
    const ref = subjectAfter(rest.slice(vf[0].length), restAt + vf[0].length);
    if (ref) return { ref, start: restAt, end: ref.end };
  }
  if (punctuated) {
    // "Yun said", "Maria Kessler, the interior minister, said", "the ministry said in a statement"
    const clause = CLAUSE.exec(rest)![0];
    SPEECH_RE.lastIndex = 0;
    const verb = SPEECH_RE.exec(clause);
    if (verb && verb.index > 0 && verb.index <= 90) {
      const ref = subjectBefore(clause.slice(0, verb.index), restAt);
      if (ref && (!SENTENCE_END_MARKS.has(innerLast) || shortTail(rest.slice(verb.index + verb[0].length)))) {
        return { ref, start: ref.start, end: restAt + verb.index + verb[0].length };
      }
    }
    // '"encouraging but far from conclusive", according to Professor Hannah Lowe'
    const acc = ACCORDING_TO.exec(rest);
    if (acc) {
      const ref = subjectAfter(rest.slice(acc[0].length), restAt + acc[0].length);
      if (ref) return { ref, start: restAt, end: ref.end };
    }
  }
  return null;
}

/**
 * The last character of text[from, to) that is not white space (what `.trimEnd()` would end
 * with), or '' — read in place: the quoted words need not be cut out for it.
 */
function lastCharBefore(text: string, from: number, to: number): string {
  let i = to - 1;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  return i >= from ? text[i]! : '';
}

/**
 * After a quote that closed its own sentence (`...world." Yun said.`) only a short tag counts;
 * `"..." The minister said the law would change.` is a new sentence, not an attribution.
 */
function shortTail(tail: string): boolean {
  return SHORT_TAIL.test(tail) && !THAT_AFTER.test(tail);
}

/**
 * Attribution earlier in the quote's sentence: the nearest speech verb with a subject before it
 * ("Kai Lund said ...: "), or "according to X" anywhere before the quote.
 * `partial`: characterising verbs count too ("called the deal").
 */
export function attributionBefore(text: string, windowStart: number, open: number, partial: boolean): Attribution | null {
  const window = text.slice(windowStart, open);
  const re = partial ? ANY_VERB_RE : SPEECH_RE;
  const verbs: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) verbs.push(m);
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k]!;
    const ref = subjectBefore(window.slice(0, v.index), windowStart);
    if (ref) return { ref, start: ref.start, end: windowStart + v.index + v[0].length };
  }
  ACCORDING_RE.lastIndex = 0;
  let acc: RegExpExecArray | null = null;
  for (let m = ACCORDING_RE.exec(window); m; m = ACCORDING_RE.exec(window)) acc = m;
  if (acc) {
    const at = acc.index + acc[0].length;
    const ref = subjectAfter(window.slice(at), windowStart + at);
    if (ref) return { ref, start: windowStart + acc.index, end: ref.end };
  }
  return null;
}

/** "according to X" later in the same sentence: `The results were "...", experts said, according to X.` */
export function accordingLater(text: string, from: number, sentenceEnd: number): Attribution | null {
  const tail = text.slice(from, sentenceEnd);
  ACCORDING_RE.lastIndex = 0;
  const acc = ACCORDING_RE.exec(tail);
  if (!acc) return null;
  const at = acc.index + acc[0].length;
  const ref = subjectAfter(tail.slice(at), from + at);
  return ref ? { ref, start: from + acc.index, end: ref.end } : null;
}

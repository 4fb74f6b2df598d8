/**
 * Where an acronym is spelled out. Three forms introduce it:
 *  - "Transport Safety Board (TSB)", "flight data recorder (FDR)" — expansion, then the
 *    acronym in brackets (the usual form; the expansion may be lower-case);
 *  - "TSB (Transport Safety Board)" — the reverse;
 *  - "The Securities Oversight Authority ... the SOA" — the capitalised full name earlier in the
 *    article with no brackets (AP style).
 * Matching a short form to its long form follows Schwartz & Hearst (2003): the short form's
 * letters are found right to left in the long form, the first one at the start of a word.
 */

export interface Definition {
  acronym: string;
  /** Span of the whole "expansion (ACRONYM)" text, paragraph-relative. */
  start: number;
  end: number;
  expansion: string;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'der', 'für', '&', 'at', 'a']);

/** The shortest tail of `words` that spells `acronym` (Schwartz & Hearst), or null. */
export function matchLongForm(acronym: string, candidate: string): string | null {
  const sf = acronym.toLowerCase();
  const lf = candidate.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  while (s >= 0) {
    const c = sf.charCodeAt(s);
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (lf.charCodeAt(l) !== c || (s === 0 && isAlnum(lf.charCodeAt(l - 1))))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  const long = candidate.slice(start).trim();
  // Every content word of the expansion should start one of the short form's letters; a long
  // form with many more words than letters is a chance match ("said it would spend...").
  const words = long.split(/[\s-]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  if (words.length === 0 || words.length > acronym.length + 1) return null;
  return long;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** /[\p{L}\p{N}]/u for one UTF-16 unit (NaN, read before the string's start: false); ASCII by char code. */
function isAlnum(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c === c && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** Where the clause before a bracket starts: after the last of [.;:!?,"“”(] in `text`, or 0. */
function clauseStart(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 44 || c === 34 || c === 0x201c || c === 0x201d || c === 40) return i + 1;
  }
  return 0;
}

/**
 * Whether REVERSE can match anywhere: it needs a bracket opened right after white space that
 * follows a capital, or a capital and "s" ("TSB (...)", "NGOs (...)"). Most brackets follow a
 * name ("Organization (NATO)"): then the pattern's search of the whole paragraph is skipped.
 */
function mayHaveReverse(paragraph: string): boolean {
  for (let i = paragraph.indexOf('('); i >= 0; i = paragraph.indexOf('(', i + 1)) {
    if (i < 3 || !SPACE.test(paragraph[i - 1]!)) continue;
    let c = paragraph.charCodeAt(i - 2);
    if (c === 115) c = paragraph.charCodeAt(i - 3);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}
const SPACE = /\s/;

const NAME_AT_END = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|for|on|in|de|du|des|la|le|der|&)\s+)*\p{Lu}[\p{L}'’-]*)+$/u;
const KNOWN_AS = /\b(?:known as|called|abbreviated(?: as| to)?|dubbed)\s(?:the\s)?([A-Z][A-Z&]*[A-Z])\b/g;
const BRACKETED = /\(([A-Z][A-Z&.]*[A-Z]\.?)s?\)/g;
const REVERSE = /\b([A-Z][A-Z&]*[A-Z])s?\s\(([^()]{3,80})\)/g;

/** Bracketed definitions in one paragraph. */
export function findDefinitions(paragraph: string): Definition[] {
  const out: Definition[] = [];
  // Each pattern needs a literal the paragraph must contain; most paragraphs have none of them.
  const bracket = paragraph.includes('(');
  if (bracket) for (const m of paragraph.matchAll(BRACKETED)) {
    const acronym = m[1]!.replace(/\./g, '');
    const from = Math.max(0, m.index - 200);
    const before = paragraph.slice(from, m.index);
    // The candidate long form: the words before the bracket within the clause.
    const clause = before.slice(clauseStart(before));
    const words = clause.trim().split(/\s+/);
    const candidate = words.slice(-Math.min(words.length, acronym.length * 2 + 2)).join(' ');
    // A translated or foreign-language name rarely spells its acronym ("Security Service of
    // Ukraine (SBU)", "Doctors Without Borders (MSF)"); a capitalised name right before the
    // bracket still introduces it.
    const expansion = matchLongForm(acronym, candidate) ?? NAME_AT_END.exec(clause.trimEnd())?.[0].replace(/^(?:The|A|An)\s+/, '') ?? null;
    if (!expansion) continue;
    const at = before.lastIndexOf(expansion);
    out.push({ acronym, start: at >= 0 ? from + at : m.index, end: m.index + m[0].length, expansion });
  }
  // "..., known as OPEC+": the name comes first, the acronym is introduced by the phrase.
  const knownAs = paragraph.includes('known as') || paragraph.includes('called') || paragraph.includes('abbreviated') || paragraph.includes('dubbed');
  if (knownAs) for (const m of paragraph.matchAll(KNOWN_AS)) {
    const acronym = m[1]!;
    const at = m.index + m[0].length - acronym.length;
    out.push({ acronym, start: m.index, end: at + acronym.length, expansion: `known as ${acronym}` });
  }
  if (bracket && mayHaveReverse(paragraph)) for (const m of paragraph.matchAll(REVERSE)) {
    const acronym = m[1]!;
    const inside = m[2]!.trim();
    const expansion = matchLongForm(acronym, inside);
    if (!expansion || expansion !== inside) continue;
    out.push({ acronym, start: m.index, end: m.index + m[0].length, expansion });
  }
  return out;
}

/**
 * The runs of capitalised words in a paragraph ("The Securities Oversight Authority", "Bank of
 * England"), with the initials of their capitalised words; connectors (of, the, and...) may sit
 * inside a run but give no initial. A plain, AP-style expansion of an acronym is a stretch of
 * consecutive capitalised words of one run whose initials spell it.
 *
 * One flat record per paragraph rather than an object and two arrays per run: every paragraph
 * is scanned, and the per-run arrays were most of what the acronyms checker allocated.
 */
export interface NameRuns {
  /** The initials of each run, runs separated by a space (an acronym never holds one). */
  initials: string;
  /**
   * Paragraph-relative [start, end] of the word behind each character of `initials`, at
   * 2i and 2i + 1 (-1 for a separator).
   */
  spans: Int32Array;
}

/** The paragraph has no run of two or more capitalised words (shared: never changed). */
const NO_NAME_RUNS: NameRuns = Object.freeze({ initials: '', spans: new Int32Array(0) });

// Scratch buffers for findNameRuns, grown on need; the result is copied out at exact size.
let scratchSpans = new Int32Array(512);
let scratchCodes = new Uint16Array(256);

/** Append one initial (a char code, or 32 for a separator) and its word's span to the scratch buffers. */
function pushInitial(count: number, code: number, start: number, end: number): void {
  if (count === scratchCodes.length) {
    const codes = new Uint16Array(count * 2);
    codes.set(scratchCodes);
    scratchCodes = codes;
    const spans = new Int32Array(count * 4);
    spans.set(scratchSpans);
    scratchSpans = spans;
  }
  scratchCodes[count] = code;
  scratchSpans[2 * count] = start;
  scratchSpans[2 * count + 1] = end;
}

/**
 * The words of a run, as this pattern would find them in a global search:
 *   /[A-Z][a-z\u00df-\u00ff'’]+|\b(?:of|the|and|for|on|in|to|de|du|des|la|le|der|at|&)\b/g
 * read with character tests instead, joined into runs where only spaces, tabs and hyphens lie
 * between two words. A run starts only at a capitalised word, so outside a run connectors and
 * "&" change nothing and the search skips from capital to capital (the regex engine finds the
 * next capital faster than a loop over every character would). Inside a run the next word must
 * start right after the spaces and hyphens that follow the last one: a capitalised word or a
 * connector there continues the run; anything else ends it ("&" needs a word character before
 * it, so never continues one).
 */
export function findNameRuns(paragraph: string): NameRuns {
  // Initials kept so far (separators included). Most capitalised words stand alone and are
  // never kept: a run's first word is kept only when a second capitalised word joins it.
  let count = 0;
  const n = paragraph.length;
  CAPITAL_RE.lastIndex = 0;
  while (CAPITAL_RE.test(paragraph)) {
    const first = CAPITAL_RE.lastIndex - 1;
    const firstEnd = capitalWordEnd(paragraph, first);
    if (firstEnd < 0) continue;
    let lastEnd = firstEnd;
    let words = 1;
    for (;;) {
      let next = lastEnd;
      while (next < n && isSpaceTabOrHyphen(paragraph.charCodeAt(next))) next++;
      if (next === lastEnd || next === n) break;
      const c = paragraph.charCodeAt(next);
      let end = -1;
      if (c >= 65 && c <= 90) end = capitalWordEnd(paragraph, next);
      else if (c >= 97 && c <= 122) end = connectorEnd(paragraph, next, c);
      if (end < 0) break;
      if (c <= 90) {
        if (words === 1) {
          if (count > 0) pushInitial(count++, 32, -1, -1);
          pushInitial(count++, paragraph.charCodeAt(first), first, firstEnd);
        }
        pushInitial(count++, c, next, end);
        words++;
      }
      lastEnd = end;
    }
    CAPITAL_RE.lastIndex = lastEnd;
  }
  if (count === 0) return NO_NAME_RUNS;
  return { initials: String.fromCharCode.apply(null, scratchCodes.subarray(0, count) as unknown as number[]), spans: scratchSpans.slice(0, 2 * count) };
}

const CAPITAL_RE = /[A-Z]/g;

/** A space, a tab or a hyphen: what may stand between two words of a run. */
function isSpaceTabOrHyphen(c: number): boolean {
  return c === 32 || c === 9 || c === 45;
}

/** [a-z\u00df-\u00ff'’]: what may follow the capital of a run word. */
function isRunWordTail(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff) || c === 39 || c === 0x2019;
}

/** A regex word character (\w, which \b looks at): [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The connectors a run may hold, each as a number made of its letters' codes (no slice per word). */
const CONNECTOR_CODES = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'der', 'at'].map(wordCode));
function wordCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 128 + word.charCodeAt(i);
  return code;
}

/** Where the capitalised run word at `at` ends (a capital and one or more of [a-z\u00df-\u00ff'’]), or -1. */
function capitalWordEnd(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && isRunWordTail(text.charCodeAt(end))) end++;
  return end > at + 1 ? end : -1;
}

/**
 * Where the connector starting at `at` (after a non-\w character) ends, or -1: the whole \w
 * run starting there must be one (\b on both sides), so 2 or 3 lower-case letters.
 */
function connectorEnd(text: string, at: number, first: number): number {
  let end = at + 1;
  let code = first;
  while (end < text.length && end - at <= 3 && isWordChar(text.charCodeAt(end))) code = code * 128 + text.charCodeAt(end++);
  if (end - at > 3 || end - at < 2) return -1;
  return CONNECTOR_CODES.has(code) ? end : -1;
}

/**
 * The index in `runs.initials` where the next run at or after index `from` spells `acronym`
 * (its first spelling in that run), or -1. Only a run's first spelling counts: after one at
 * `at`, look on from `nextRun(runs, at)`.
 */
export function spellingFrom(runs: NameRuns, acronym: string, from: number): number {
  return from < 0 ? -1 : runs.initials.indexOf(acronym, from);
}

/** Where the run after the one holding index `at` begins in `runs.initials`, or -1. */
export function nextRun(runs: NameRuns, at: number): number {
  const separator = runs.initials.indexOf(' ', at);
  return separator < 0 ? -1 : separator + 1;
}

/**
 * Reading the subject of an attribution: the words before "said" in "Maria Kessler, the interior
 * minister, said", or after it in "said the patient’s daughter, Kerry Doyle". The result is a
 * reference to resolve later against the article's people: a name as written, a pronoun, or a
 * noun phrase such as "the minister" (resolved to whoever the text says holds that job).
 *
 * Offsets are relative to the paragraph.
 */

// Module constants, not literals in the functions below: a regex literal in a function body makes
// a new RegExp object each time it is evaluated, and these run per quote, word or mark.
const SPACES_ONLY = /^\s+$/;
const LOWER_CASE_START = /^\s*\p{Ll}/u;
const LEAD_IN = /^(\s*(?:and|but|so|then|later|also|when|as)\s+)/iu;
const CLAUSE = /^[^.!?;:“”"«»‘]*/u;

export type SpeakerRef =
  | { kind: 'name'; text: string; start: number; end: number }
  | { kind: 'pronoun'; gender: 'male' | 'female'; text: string; start: number; end: number }
  | { kind: 'noun'; head: string; text: string; start: number; end: number };

// Words that start a sentence or phrase capitalised without being part of a name.
const NOT_NAME_START = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'in', 'on', 'at', 'but', 'and', 'or', 'according', 'both', 'then', 'later', 'after',
  'before', 'when', 'while', 'as', 'if', 'he', 'she', 'they', 'we', 'i', 'it', 'said', 'says',
  'told', 'also', 'for', 'with', 'from', 'by', 'to', 'of', 'one', 'another', 'some', 'many',
]);
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'of']);
const PRONOUNS: Record<string, 'male' | 'female'> = { he: 'male', she: 'female' };
const DETERMINER_NP = /^(?:the|its|his|her|their|our|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{Ll}][\p{L}-]*)$/iu;
// Auxiliaries and adverbs between a subject and its verb: "Yun has long said", "she later told".
const TRAILING_AUX = new Set(('has had have was is were are also later then previously earlier once repeatedly again ' +
  'would will long quickly simply herself himself').split(' '));
const SPACE_RE = /\s/u;

/**
 * `text` (trimmed) without the auxiliaries and adverbs it ends with, each after white space:
 * "Yun has long" → "Yun". Read backwards word by word; an end-anchored regex would be retried
 * at every offset of the phrase.
 */
function stripTrailingAux(text: string): string {
  let end = text.length;
  for (;;) {
    let i = end;
    while (i > 0 && !SPACE_RE.test(text[i - 1]!)) i--;
    let j = i;
    while (j > 0 && SPACE_RE.test(text[j - 1]!)) j--;
    if (j === i || !TRAILING_AUX.has(text.slice(i, end).toLowerCase())) return text.slice(0, end);
    end = j;
  }
}

interface Word {
  text: string;
  start: number;
  end: number;
}

// A word's trailing full stop, apostrophe or hyphen is not part of it ("Lund." → "Lund").
const TRAILING_MARKS = new Set(['.', "'", '’', '-']);

/**
 * The words of `text` as WORD_RE matches them (a letter or mark, then letters, marks, digits,
 * apostrophes, full stops and hyphens), read by character class instead of a Unicode regex:
 * this runs on every phrase around every quote.
 */
function words(text: string, offset: number): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (wordClass(cp) !== WORD_START) {
      i += width;
      continue;
    }
    let j = i + width;
    while (j < n) {
      const next = text.codePointAt(j)!;
      if (wordClass(next) === NOT_WORD) break;
      j += next > 0xffff ? 2 : 1;
    }
    let w = text.slice(i, j);
    while (w.length > 1 && TRAILING_MARKS.has(w[w.length - 1]!)) w = w.slice(0, -1);
    out.push({ text: w, start: offset + i, end: offset + i + w.length });
    i = j;
  }
  return out;
}

const NOT_WORD = 0;
const WORD_PART = 1;
const WORD_START = 2;
const WORD_START_RE = /^[\p{L}\p{M}]$/u;
const WORD_PART_RE = /^[\p{L}\p{M}\p{N}'’.‐‑-]$/u;
// Non-ASCII characters recur (curly quotes, dashes, accented letters); their classes are kept (bounded).
const NON_ASCII_CLASS = new Map<number, number>();

function wordClass(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return WORD_START;
    return (cp >= 48 && cp <= 57) || cp === 39 || cp === 46 || cp === 45 ? WORD_PART : NOT_WORD;
  }
  let c = NON_ASCII_CLASS.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = WORD_START_RE.test(ch) ? WORD_START : WORD_PART_RE.test(ch) ? WORD_PART : NOT_WORD;
    if (NON_ASCII_CLASS.size > 4096) NON_ASCII_CLASS.clear();
    NON_ASCII_CLASS.set(cp, c);
  }
  return c;
}

const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w);
const isPossessive = (w: string): boolean => /['’]s$/u.test(w);

/** The first run of capitalised words (with particles inside it) that is not a possessive. */
function firstNameRun(text: string, offset: number): SpeakerRef | null {
  const ws = words(text, offset);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!isCapital(w.text) || NOT_NAME_START.has(w.text.toLowerCase())) continue;
    let j = i;
    while (j + 1 < ws.length) {
      const next = ws[j + 1]!;
      const gap = text.slice(ws[j]!.end - offset, next.start - offset);
      if (!SPACES_ONLY.test(gap) || isPossessive(ws[j]!.text)) break;
      if (isCapital(next.text)) j++;
      else if (NAME_PARTICLES.has(next.text.toLowerCase()) && j + 2 < ws.length && isCapital(ws[j + 2]!.text)) j += 2;
      else break;
    }
    if (isPossessive(ws[j]!.text)) {
      i = j;
      continue;
    }
    const start = w.start;
    const end = ws[j]!.end;
    return { kind: 'name', text: text.slice(start - offset, end - offset), start, end };
  }
  return null;
}

/** The run of capitalised words that ends the phrase ("Opposition lawmaker Kai Lund"). */
function lastNameRun(text: string, offset: number): SpeakerRef | null {
  const ws = words(text, offset);
  const j = ws.length - 1;
  if (j < 0 || !isCapital(ws[j]!.text) || isPossessive(ws[j]!.text)) return null;
  if (text.slice(ws[j]!.end - offset).trim() !== '') return null;
  let i = j;
  while (i - 1 >= 0) {
    const prev = ws[i - 1]!;
    const gap = text.slice(prev.end - offset, ws[i]!.start - offset);
    if (!SPACES_ONLY.test(gap) || isPossessive(prev.text)) break;
    if (isCapital(prev.text) && !NOT_NAME_START.has(prev.text.toLowerCase())) i--;
    else if (NAME_PARTICLES.has(prev.text.toLowerCase()) && i - 2 >= 0 && isCapital(ws[i - 2]!.text)) i -= 2;
    else break;
  }
  if (NOT_NAME_START.has(ws[i]!.text.toLowerCase())) return null;
  const start = ws[i]!.start;
  const end = ws[j]!.end;
  return { kind: 'name', text: text.slice(start - offset, end - offset), start, end };
}

/**
 * Interpret one comma-free phrase as a speaker: a pronoun, a name, or "the NOUN".
 * `atEnd`: the name must end the phrase (the subject right before its verb).
 */
function interpretPhrase(phrase: string, offset: number, atEnd = false): SpeakerRef | null {
  const lead = phrase.length - phrase.trimStart().length;
  const trimmed = atEnd ? stripTrailingAux(phrase.trim()) : phrase.trim();
  if (trimmed === '') return null;
  const start = offset + lead;
  const end = start + trimmed.length;
  const pronoun = PRONOUNS[trimmed.toLowerCase()];
  if (pronoun) return { kind: 'pronoun', gender: pronoun, text: trimmed, start, end };
  const name = atEnd ? lastNameRun(trimmed, start) : firstNameRun(trimmed, start);
  if (name) return name;
  const np = DETERMINER_NP.exec(trimmed);
  if (np) return { kind: 'noun', head: np[1]!.toLowerCase(), text: trimmed, start, end };
  return null;
}

/**
 * The subject written before a verb: `text` is everything from the start of the clause to the
 * verb. Appositives are stepped over ("Maria Kessler, the interior minister, said").
 */
export function subjectBefore(text: string, offset: number): SpeakerRef | null {
  const segments: { s: string; at: number }[] = [];
  let at = 0;
  for (const part of text.split(',')) {
    segments.push({ s: part, at });
    at += part.length + 1;
  }
  let noun: SpeakerRef | null = null;
  for (let k = segments.length - 1, seen = 0; k >= 0 && seen < 3; k--) {
    const { s, at: segAt } = segments[k]!;
    if (s.trim() === '') continue;
    seen++;
    const phrase = stripLeadIn(s);
    const ref = interpretPhrase(phrase.text, offset + segAt + phrase.skip, true);
    if (seen === 1) {
      // "Tomas Eberl, head of the dairy union, said": step back over a lower-case appositive.
      if (!ref && LOWER_CASE_START.test(phrase.text) && k > 0) continue;
      if (!ref) return null;
      // A name or pronoun right before the verb is the subject.
      if (ref.kind !== 'noun') return ref;
      noun = ref;
      continue;
    }
    // Further back only an appositive's holder counts: "Maria Kessler, the interior minister,".
    if (ref && ref.kind === 'name' && isWholePhraseName(phrase.text, ref)) return ref;
    break;
  }
  return noun;
}

function isWholePhraseName(phrase: string, ref: SpeakerRef): boolean {
  return phrase.trim() === ref.text || phrase.trim().endsWith(ref.text);
}

/** Drop clause openers so that "In a letter to lawmakers, she" reads as "she". */
function stripLeadIn(segment: string): { text: string; skip: number } {
  const m = LEAD_IN.exec(segment);
  if (!m) return { text: segment, skip: 0 };
  return { text: segment.slice(m[1]!.length), skip: m[1]!.length };
}

/** The subject written after a verb ("said Hana Vos, chair of ..."): up to the clause's end. */
export function subjectAfter(text: string, offset: number): SpeakerRef | null {
  const clause = CLAUSE.exec(text)![0];
  const first = clause.split(',')[0]!;
  const ref = interpretPhrase(first, offset);
  if (ref && ref.kind !== 'noun') return ref;
  // "said the patient’s daughter, Kerry Doyle": the name in the appositive that follows.
  if (clause.length > first.length) {
    const second = clause.slice(first.length + 1).split(',')[0]!;
    const name = interpretPhrase(second, offset + first.length + 1);
    if (name && name.kind === 'name' && second.trim() === name.text) return name;
  }
  return ref;
}

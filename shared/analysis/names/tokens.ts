/**
 * The mention finder's tokeniser: the words of a paragraph that can be part of a name
 * (capitalised words, initials, name particles), each with the sentence it belongs to.
 *
 * It runs over every character of every paragraph on a full analysis, so it allocates nothing
 * per word: what a word's spelling tells (lower case, possessive, lexicon memberships) is
 * worked out once per distinct spelling and found again through a hash of its characters, and
 * the token objects are reused from one paragraph to the next (see `tokenize`).
 */
import { isSpace } from '../doc.ts';
import {
  DAYS_MONTHS, DEMONYMS, GEO_WORDS, ORG_WORDS, PARTICLES, PARTICLE_PREFIX, STOPWORDS, TITLE_MODIFIERS,
  TITLES, TWO_WORD_TITLES,
} from './lexicon.ts';

/** Lexicon memberships of a word (its lower-case form, unless said otherwise), as bits. */
export const STOP = 1 << 0; // a stop word, day or month: capitalised only by position
export const ORG = 1 << 1;
export const GEO = 1 << 2;
export const TITLE = 1 << 3;
export const TITLE_MODIFIER = 1 << 4;
export const TWO_WORD_TITLE_HEAD = 1 << 5;
export const PARTICLE = 1 << 6; // "von", "al"
export const PARTICLE_LIKE = 1 << 7; // a particle, or a hyphen-prefixed one ("al-Assad")
export const PREFIXED_CAPITAL = 1 << 8; // "al-Assad": a capital after a particle prefix
export const ACRONYM = 1 << 9; // written "NATO", "G7", "AT&T" (as spelt, not lower-cased)
export const OF_TITLE = 1 << 10; // "Secretary (of State)"
export const PORTFOLIO = 1 << 11; // "(Secretary of) State"
export const DEMONYM = 1 << 12;
export const COMPASS = 1 << 13; // "North" of "North Korean"
export const ABBREVIATED_TITLE = 1 << 14; // "Mr." does not end a sentence

/** What a spelling of a word tells, wherever it stands. */
export interface WordFacts {
  /** The word as written, without a possessive 's. */
  text: string;
  lower: string;
  possessive: boolean;
  /** Capitalised ("Kim", or "al-Assad" with its capital after the particle). */
  cap: boolean;
  /** Initials: "J." "J.D.". */
  initials: boolean;
  hyphen: boolean;
  /** Lexicon memberships: the bits above. */
  flags: number;
}

export interface Token extends WordFacts {
  start: number;
  end: number;
  /** The token opens a sentence (or the paragraph), ignoring quote marks and brackets. */
  initial: boolean;
  /** The sentence it belongs to, within the paragraph. */
  sentence: number;
  /** Joined to the previous token by "of (the)", as in "Secretary of State". */
  ofJoin: boolean;
  /** Joined to the previous token by "of", "for" or "and" inside an organisation's name. */
  orgJoin: boolean;
}

/** A paragraph's tokens: `tokens[0, count)`; the rest of the array are spare objects. */
export interface TokenList {
  tokens: Token[];
  count: number;
  sentences: number;
}

// Character classes, one table lookup per character.
// 1 = lower-case letter or mark, 2 = upper-case letter, 3 = other; 0 = not yet classified.
const charClass = new Uint8Array(65536);
const UPPER_RE = /\p{Lu}/u;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}]/u;
export function classOf(code: number): number {
  let c = charClass[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = UPPER_RE.test(ch) ? 2 : LETTER_OR_MARK_RE.test(ch) ? 1 : 3;
    charClass[code] = c;
  }
  return c;
}

const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 0x2011;
const PARTICLE_WORDS = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'bint', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'abu', 'ben']);
/**
 * The first two letters of the particle words ("vo", "de", "al", ...): most short lower-case
 * words ("the", "and", "said") are ruled out without a look-up.
 */
const PARTICLE_START = new Uint8Array(128 * 128);
for (const w of PARTICLE_WORDS) PARTICLE_START[w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1;
/** Whether paragraph[i, j), a lower-case word starting with `code`, may be a particle word. */
function mayBeParticle(paragraph: string, code: number, i: number, j: number): boolean {
  const second = paragraph.charCodeAt(i + 1);
  return j - i >= 2 && j - i <= 5 && code < 128 && second < 128 && PARTICLE_START[code * 128 + second] === 1;
}

export const HYPHEN = /[‐‑-]/;
export const HYPHEN_CAPITAL = /[‐‑-]\p{Lu}/u;
const POSSESSIVE_RE = /^(.{2,}?)['’]s$/u;
const ACRONYM_RE = /^[\p{Lu}\d&]{2,}$/u;
const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'rep', 'sen', 'gov', 'rev', 'st']);
const OF_TITLES = new Set(['secretary', 'minister', 'ministry', 'department']);
const PORTFOLIOS = new Set(`state defence defense foreign affairs health finance justice interior economy
  trade education energy agriculture transport culture labour labor home war commerce treasury
  homeland security environment industry digital science`.split(/\s+/));
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central']);
/** What a two-word title's first part can be: each entry's words before one of its spaces. */
export const TWO_WORD_TITLE_HEADS = new Set([...TWO_WORD_TITLES].flatMap((title) =>
  [...title.matchAll(/ /g)].map((space) => title.slice(0, space.index))));

/** One spelling of a word as the scanner met it, kept for the next time it is met. */
interface WordInfo extends WordFacts {
  /** The characters the scanner took as the word (a possessive 's included). */
  raw: string;
  /** A lower-case word the scanner keeps: a particle ("von") or "al-Assad". */
  keptLowerCase: boolean;
  /** The next spelling with the same hash. */
  next: WordInfo | undefined;
}

function describeWord(raw: string): WordInfo {
  let text = raw;
  let possessive = false;
  if (text.length > 3 && (text.endsWith("'s") || text.endsWith('’s'))) {
    const pos = POSSESSIVE_RE.exec(text);
    if (pos) {
      text = pos[1]!;
      possessive = true;
    }
  }
  const lower = text.toLowerCase();
  const upper = classOf(text.charCodeAt(0)) === 2;
  const hyphen = HYPHEN.test(text);
  const prefixedCapital = PARTICLE_PREFIX.test(text) && HYPHEN_CAPITAL.test(text);
  const particle = PARTICLES.has(lower);
  const flags =
    (STOPWORDS.has(lower) || DAYS_MONTHS.has(lower) ? STOP : 0) |
    (ORG_WORDS.has(lower) ? ORG : 0) |
    (GEO_WORDS.has(lower) ? GEO : 0) |
    (TITLES.has(lower) ? TITLE : 0) |
    (TITLE_MODIFIERS.has(lower) ? TITLE_MODIFIER : 0) |
    (TWO_WORD_TITLE_HEADS.has(lower) ? TWO_WORD_TITLE_HEAD : 0) |
    (particle ? PARTICLE : 0) |
    (particle || PARTICLE_PREFIX.test(text) ? PARTICLE_LIKE : 0) |
    (prefixedCapital ? PREFIXED_CAPITAL : 0) |
    (ACRONYM_RE.test(text) ? ACRONYM : 0) |
    (OF_TITLES.has(lower) ? OF_TITLE : 0) |
    (PORTFOLIOS.has(lower) ? PORTFOLIO : 0) |
    (DEMONYMS.has(lower) ? DEMONYM : 0) |
    (COMPASS_WORDS.has(lower) ? COMPASS : 0) |
    (ABBREVIATED_TITLES.has(lower) ? ABBREVIATED_TITLE : 0);
  return {
    raw, text, lower, possessive,
    cap: upper || (hyphen && prefixedCapital),
    initials: upper && text.length >= 2 && text.charCodeAt(1) === 46,
    hyphen, flags,
    // The raw spelling, as the scanner tests it (a hyphen-prefixed particle is always hyphenated).
    keptLowerCase: PARTICLE_WORDS.has(raw) || (PARTICLE_PREFIX.test(raw) && HYPHEN_CAPITAL.test(raw)),
    next: undefined,
  };
}

// Spellings by a hash of their characters: found again without slicing the word out.
let spellings = new Map<number, WordInfo>();
let spellingCount = 0;

/**
 * A string of its own for a spelling the table keeps: in V8 a slice of 13 or more characters
 * points into the paragraph (and so the whole article text), which the table must not keep
 * alive after the article is gone. Concatenating and slicing again makes a flat copy.
 */
function ownCopy(word: string): string {
  return word.length < 13 ? word : (' ' + word).slice(1);
}

/** The hash `wordAt` files paragraph[start, end) under (before its last masking). */
function hashOf(paragraph: string, start: number, end: number): number {
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + paragraph.charCodeAt(k)) | 0;
  return hash;
}

/**
 * What paragraph[start, end) tells as a word, looked up by its characters; `hash` is
 * hashOf(paragraph, start, end) when the caller worked it out while reading the word.
 */
function wordAt(paragraph: string, start: number, end: number, hash = hashOf(paragraph, start, end)): WordInfo {
  hash &= 0x3fffffff; // a small integer key
  const head = spellings.get(hash);
  for (let info = head; info !== undefined; info = info.next) {
    if (info.raw.length === end - start && sameChars(paragraph, start, info.raw)) return info;
  }
  if (++spellingCount > 50_000) {
    // A long-running worker must not grow forever.
    spellings = new Map();
    spellingCount = 1;
  }
  const info = describeWord(ownCopy(paragraph.slice(start, end)));
  info.next = spellings.get(hash);
  spellings.set(hash, info);
  return info;
}

/**
 * paragraph[start, end), a run of letters, in lower case: the string kept for that spelling,
 * so the words read around every mention ("said", "in") are not sliced and lower-cased anew.
 */
export function lowerCaseWordAt(paragraph: string, start: number, end: number): string {
  return end > start ? wordAt(paragraph, start, end).lower : '';
}

/** Whether paragraph has `word` at `start` (a loop: cheaper than the startsWith call for short words). */
function sameChars(paragraph: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (paragraph.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

// Reused token objects: tokens never outlive the paragraph's scan (mentions copy what they need).
const list: TokenList = { tokens: [], count: 0, sentences: 0 };

function addToken(info: WordInfo, start: number, sentence: number, sentenceStart: number): void {
  let t = list.tokens[list.count];
  if (t === undefined) {
    t = {
      start: 0, end: 0, text: '', lower: '', possessive: false, cap: false, initials: false, hyphen: false,
      flags: 0, initial: false, sentence: 0, ofJoin: false, orgJoin: false,
    };
    list.tokens.push(t);
  }
  list.count++;
  t.start = start;
  t.end = start + info.text.length;
  t.text = info.text;
  t.lower = info.lower;
  t.possessive = info.possessive;
  t.cap = info.cap;
  t.initials = info.initials;
  t.hyphen = info.hyphen;
  t.flags = info.flags;
  t.initial = start === sentenceStart;
  t.sentence = sentence;
  t.ofJoin = false;
  t.orgJoin = false;
}

/**
 * The paragraph's tokens and sentence count. Only the words that can matter are tokens:
 * capitalised words, initials ("J." "J.D.") and name particles ("von", "al-Assad"); everything
 * else stays in the gaps between tokens, which is how a lower-case word breaks a run of
 * capitals. The list (and its token objects) is reused by the next call: read it before that.
 */
export function tokenize(paragraph: string): TokenList {
  list.count = 0;
  const n = paragraph.length;
  let sentence = 0;
  let sentenceStart = skipOpeners(paragraph, 0);
  let i = 0;
  while (i < n) {
    const code = paragraph.charCodeAt(i);
    if (code === 32) {
      i++; // the commonest character between words, tested first
      continue;
    }
    const first = charClass[code] || classOf(code);
    if (first === 3) {
      // Sentences are found in the same pass: each ends at one of these characters.
      if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 58) {
        const next = sentenceStartAfter(paragraph, i);
        if (next >= 0) {
          sentence++;
          sentenceStart = next;
        }
      }
      i++;
      continue;
    }
    // A word: letters, with inner apostrophes and hyphens ("Khamene'i", "Seok-yeol").
    let j = i + 1;
    // Whether a hyphen joins the word: only then can a lower-case word be "al-Assad".
    let hyphenated = false;
    // The word's hash (see hashOf) is made on the way: its characters are not read again to look it up.
    let hash = code;
    while (j < n) {
      const c = paragraph.charCodeAt(j); // read once per character
      if ((charClass[c] || classOf(c)) !== 3) {
        hash = (Math.imul(hash, 31) + c) | 0;
        j++;
      } else if (c !== 32 && isJoiner(c) && j + 1 < n && classOf(paragraph.charCodeAt(j + 1)) !== 3) {
        if (c !== 39 && c !== 0x2019) hyphenated = true;
        hash = (Math.imul((Math.imul(hash, 31) + c) | 0, 31) + paragraph.charCodeAt(j + 1)) | 0;
        j += 2;
      } else break;
    }
    if (first === 2) {
      let end = j;
      if (j === i + 1 && paragraph.charCodeAt(j) === 46) {
        // Initials: "J." "J.D." "J. D."; the full stops are left to the sentence test above.
        let k = j + 1;
        for (;;) {
          const sp = paragraph.charCodeAt(k) === 32 ? 1 : 0;
          if (classOf(paragraph.charCodeAt(k + sp) || 32) === 2 && paragraph.charCodeAt(k + sp + 1) === 46 &&
            classOf(paragraph.charCodeAt(k + sp + 2) || 32) === 3) k += sp + 2;
          else break;
        }
        end = k;
      }
      addToken(end === j ? wordAt(paragraph, i, j, hash) : wordAt(paragraph, i, end), i, sentence, sentenceStart);
    } else if (hyphenated || mayBeParticle(paragraph, code, i, j)) {
      const info = wordAt(paragraph, i, j, hash);
      if (info.keptLowerCase) addToken(info, i, sentence, sentenceStart);
    }
    i = j;
  }
  list.sentences = sentence + 1;
  return list;
}

const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
const isOpener = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 ||
  c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || isSpace(c);

/** Past the quote marks, brackets, dashes and spaces at `i`. */
function skipOpeners(paragraph: string, i: number): number {
  while (i < paragraph.length && isOpener(paragraph.charCodeAt(i))) i++;
  return i;
}

/**
 * Where the next sentence starts if the . ! ? … or : at `i` ends one (closing quotes or
 * brackets and white space after it, and not the full stop of "Mr." or of an initial as in
 * "J. D. Vance"), else -1.
 */
function sentenceStartAfter(paragraph: string, i: number): number {
  const n = paragraph.length;
  let k = i + 1;
  while (k < n && isCloser(paragraph.charCodeAt(k))) k++;
  if (k >= n || !isSpace(paragraph.charCodeAt(k))) return -1;
  while (k < n && isSpace(paragraph.charCodeAt(k))) k++;
  if (paragraph.charCodeAt(i) === 46 && isAbbreviationBefore(paragraph, i)) return -1;
  return skipOpeners(paragraph, k);
}

/** Whether the word ending at `stop` (a full stop) is an abbreviated title or a single capital. */
function isAbbreviationBefore(paragraph: string, stop: number): boolean {
  let w = stop;
  while (w > 0 && classOf(paragraph.charCodeAt(w - 1)) !== 3) w--;
  const length = stop - w;
  if (length === 0 || length > 4) return false; // the titles are 2-4 letters long
  const word = paragraph.slice(w, stop);
  if (length === 1) return word !== word.toLowerCase();
  return ABBREVIATED_TITLES.has(word.toLowerCase());
}

/**
 * Finds name mentions in one paragraph by capitalisation: runs of capitalised words (with name
 * particles, hyphenated given names and initials), minus the titles, possessives, demonyms and
 * ordinary words that are capitalised only because they open a sentence or a heading.
 *
 * Offsets are relative to the paragraph, so the result can be cached by paragraph text.
 */
import type { EntityKind } from '../types.ts';
import {
  DAYS_MONTHS, DEMONYMS, GEO_WORDS, ORG_WORDS, PARTICLES, PARTICLE_PREFIX, PERSON_CUES, PLACE_CUES,
  STOPWORDS, TITLE_MODIFIERS, TITLES, TWO_WORD_TITLES,
} from './lexicon.ts';

export interface Mention {
  start: number;
  end: number;
  /** The name as written, without title or possessive 's. */
  text: string;
  /** The title written before it ("Deputy Foreign Minister"), when there is one. */
  title?: string;
  kind: EntityKind;
  /**
   * A lone word that may be capitalised only because it opens a sentence or a heading
   * ("Explosions were heard ..."). Keep it only if the rest of the article confirms it.
   */
  weak?: boolean;
  /** Written with a possessive: "Rutte's". */
  possessive?: boolean;
  /** The lower-cased word right before the mention (before its title), if any: "said". */
  before?: string;
  /** The lower-cased word right after the mention, if any: "said", "told". */
  after?: string;
  /** Index of the sentence within the paragraph (0-based). */
  sentence: number;
}

interface Token {
  start: number;
  end: number;
  text: string;
  possessive: boolean;
  /** The token opens a sentence (or the paragraph), ignoring quote marks and brackets. */
  initial: boolean;
  /** Position in the paragraph's token list, and the sentence it belongs to. */
  index: number;
  sentence: number;
  lower: string;
  /** Capitalised ("Kim", or "al-Assad" with its capital after the particle). */
  cap: boolean;
  /** Initials: "J." "J.D.". */
  initials: boolean;
  hyphen: boolean;
  /** Joined to the previous token by "of (the)", as in "Secretary of State". */
  ofJoin?: boolean;
  /** Joined to the previous token by "of", "for" or "and" inside an organisation's name. */
  orgJoin?: boolean;
}

// Character classes for the hand-written tokeniser below, one table lookup per character.
// 1 = lower-case letter or mark, 2 = upper-case letter, 3 = other; 0 = not yet classified.
const charClass = new Uint8Array(65536);
const UPPER_RE = /\p{Lu}/u;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}]/u;
function classOf(code: number): number {
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
/** The letters a particle word starts with: most short words ("the", "said") are ruled out without a slice. */
const PARTICLE_FIRST = new Uint8Array(128);
for (const w of PARTICLE_WORDS) PARTICLE_FIRST[w.charCodeAt(0)] = 1;

/**
 * Only the words that can matter are tokenised: capitalised words, initials ("J." "J.D.") and
 * name particles ("von", "al-Assad"). Everything else stays in the gaps between tokens, which is
 * how a lower-case word breaks a run of capitals. A hand-written scan over character codes:
 * most words in an article are lower case, and this skips them without allocating anything.
 */
function scanWords(paragraph: string, onToken: (start: number, end: number) => void): void {
  const n = paragraph.length;
  let i = 0;
  while (i < n) {
    const code = paragraph.charCodeAt(i);
    const first = charClass[code] || classOf(code);
    if (first === 3) {
      i++;
      continue;
    }
    // A word: letters, with inner apostrophes and hyphens ("Khamene'i", "Seok-yeol").
    let j = i + 1;
    // Whether a hyphen joins the word: only then can it be "al-Assad" (no slice and regex test
    // for every lower-case word of the article).
    let hyphenated = false;
    for (;;) {
      if (j < n && (charClass[paragraph.charCodeAt(j)] || classOf(paragraph.charCodeAt(j))) !== 3) j++;
      else if (j + 1 < n && isJoiner(paragraph.charCodeAt(j)) && classOf(paragraph.charCodeAt(j + 1)) !== 3) {
        const joiner = paragraph.charCodeAt(j);
        if (joiner !== 39 && joiner !== 0x2019) hyphenated = true;
        j += 2;
      } else break;
    }
    if (first === 2) {
      if (j === i + 1 && paragraph.charCodeAt(j) === 46) {
        // Initials: "J." "J.D." "J. D."
        let k = j + 1;
        for (;;) {
          const sp = paragraph.charCodeAt(k) === 32 ? 1 : 0;
          if (classOf(paragraph.charCodeAt(k + sp) || 32) === 2 && paragraph.charCodeAt(k + sp + 1) === 46 &&
            classOf(paragraph.charCodeAt(k + sp + 2) || 32) === 3) k += sp + 2;
          else break;
        }
        onToken(i, k);
      } else onToken(i, j);
    } else if (j - i <= 5 && code < 128 && PARTICLE_FIRST[code] === 1 && PARTICLE_WORDS.has(paragraph.slice(i, j))) {
      onToken(i, j);
    } else if (hyphenated && PARTICLE_PREFIX.test(paragraph.slice(i, Math.min(j, i + 5))) && HYPHEN_CAPITAL.test(paragraph.slice(i, j))) {
      onToken(i, j); // "al-Assad"
    }
    i = j;
  }
}

// Patterns tested for every token or pair of tokens are module constants: a regex literal in a
// function body makes a new RegExp object each time it is evaluated.
const HYPHEN = /[‐‑-]/;
const HYPHEN_CAPITAL = /[‐‑-]\p{Lu}/u;
const ONE_SPACE = /^\s$/u;
const STOP_AND_SPACE = /^\.\s$/u;
const NO_OR_ONE_SPACE = /^\s?$/u;
const OF_GAP = /^\s+of\s+(?:the\s+)?$/;
const ORG_CONNECTOR_GAP = /^\s+(?:of|for|on)\s+(?:the\s+)?$/;
const AND_GAP = /^\s+(?:and|&)\s+$/;
const POSSESSIVE_RE = /^(.{2,}?)['’]s$/u;
const ACRONYM_RE = /^[\p{Lu}\d&]{2,}$/u;
const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'rep', 'sen', 'gov', 'rev', 'st']);
const SENTENCE_END_RE = /[.!?…:]["'”’»)\]]*\s+/g;
const OPENERS_RE = /["'“‘«([—–\-\s]/;

/** The word that ends at `pos` (letters only), lower-cased; '' if none. */
function wordEndingAt(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && classOf(text.charCodeAt(i - 1)) !== 3) i--;
  return text.slice(i, pos);
}

/**
 * Where the paragraph's sentences start: after . ! ? … or : and white space, skipping opening
 * quotes and brackets, except after an abbreviation ("Mr. Kim") or an initial ("J. D. Vance").
 */
function sentenceStarts(paragraph: string): number[] {
  const skip = (i: number): number => {
    while (i < paragraph.length && OPENERS_RE.test(paragraph[i]!)) i++;
    return i;
  };
  const starts = [skip(0)];
  SENTENCE_END_RE.lastIndex = 0;
  // exec with a shared regex, not matchAll: matchAll clones the regex on every call.
  for (let m = SENTENCE_END_RE.exec(paragraph); m; m = SENTENCE_END_RE.exec(paragraph)) {
    if (paragraph[m.index] === '.') {
      const word = wordEndingAt(paragraph, m.index);
      if (ABBREVIATED_TITLES.has(word.toLowerCase()) || (word.length === 1 && word !== word.toLowerCase())) continue;
    }
    starts.push(skip(m.index + m[0].length));
  }
  return starts;
}

function tokenize(paragraph: string): { tokens: Token[]; sentences: number } {
  const tokens: Token[] = [];
  const starts = sentenceStarts(paragraph);
  let sentence = 0;
  scanWords(paragraph, (start, wordEnd) => {
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= start) sentence++;
    let text = paragraph.slice(start, wordEnd);
    let possessive = false;
    if (text.length > 3 && (text.endsWith("'s") || text.endsWith('’s'))) {
      const pos = POSSESSIVE_RE.exec(text);
      if (pos) {
        text = pos[1]!;
        possessive = true;
      }
    }
    const upper = classOf(text.charCodeAt(0)) === 2;
    const hyphen = HYPHEN.test(text);
    tokens.push({
      start, end: start + text.length, text, possessive,
      initial: starts[sentence] === start, index: tokens.length, sentence, lower: text.toLowerCase(),
      cap: upper || (hyphen && PARTICLE_PREFIX.test(text) && HYPHEN_CAPITAL.test(text)),
      initials: upper && text.length >= 2 && text.charCodeAt(1) === 46,
      hyphen,
    });
  });
  return { tokens, sentences: starts.length };
}

/** "Mr. Kim", "J. D. Vance": a full stop after an abbreviation or initial ends no sentence. */
function isAbbreviation(prev: Token, gap: string): boolean {
  if (!gap.startsWith('.')) return false;
  return ABBREVIATED_TITLES.has(prev.lower) || (prev.text.length === 1 && prev.lower !== prev.text);
}

const lower = (t: Token): string => t.lower;
// "al-Assad" carries its capital after the particle.
const isCap = (t: Token): boolean => t.cap;
const isParticle = (t: Token): boolean => PARTICLES.has(lower(t)) || PARTICLE_PREFIX.test(t.text);

/**
 * Split the paragraph into runs of capitalised tokens joined by spaces (and particles). A run is
 * always a stretch of consecutive tokens, so it is kept as the index range [from, to) and copied
 * out only when it is kept: most capitalised words stand alone, and an array for each of them
 * was most of this function's allocation.
 */
function capitalRuns(paragraph: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let from = 0;
  let to = 0; // the run is tokens[from, to); empty when from === to
  const flush = (): void => {
    while (to > from && !isCap(tokens[to - 1]!)) to--; // no trailing particle
    if (to > from) runs.push(tokens.slice(from, to));
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = to > from ? tokens[to - 1]! : undefined;
    if (prev) {
      // Most tokens of a run are one space apart: that gap is never sliced out to be tested.
      const gap = t.start === prev.end + 1 && paragraph.charCodeAt(prev.end) === 32 ? ' ' : paragraph.slice(prev.end, t.start);
      const joined = gap === ' ' || ONE_SPACE.test(gap) || (STOP_AND_SPACE.test(gap) && isAbbreviation(prev, gap)) ||
        (prev.initials && NO_OR_ONE_SPACE.test(gap));
      // "Secretary of State Marco Rubio": the "of" belongs to a title.
      const ofTitle = !joined && OF_TITLES.has(prev.lower) && isCap(t) && OF_GAP.test(gap);
      // "Korea Institute for Defense Analyses", "Organization for Security and Co-operation".
      const orgName = !joined && !ofTitle && isCap(t) && !prev.possessive && (
        (ORG_WORDS.has(prev.lower) && ORG_CONNECTOR_GAP.test(gap) && !isOrdinaryWord(t)) ||
        (anyOrgJoin(tokens, from, to) && AND_GAP.test(gap)));
      if (ofTitle) t.ofJoin = true;
      else if (orgName) t.orgJoin = true;
      else if (!joined || prev.possessive) flush();
    }
    // Adding token i: the run is empty (from === to, moved up to i) or ends right before it.
    const empty = to === from;
    if (isCap(t)) {
      if (empty) from = i;
      to = i + 1;
    } else if (!empty && isParticle(t) && particleLeadsToName(tokens, i)) {
      to = i + 1;
    } else if (empty && PARTICLES.has(lower(t)) && particleLeadsToName(tokens, i)) {
      from = i; // "von der Leyen" without the given name
      to = i + 1;
    } else if (empty && PARTICLE_PREFIX.test(t.text) && HYPHEN_CAPITAL.test(t.text)) {
      from = i; // "al-Assad" standing alone
      to = i + 1;
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

function anyOrgJoin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.orgJoin) return true;
  return false;
}

const OF_TITLES = new Set(['secretary', 'minister', 'ministry', 'department']);
const PORTFOLIO = new Set(`state defence defense foreign affairs health finance justice interior economy
  trade education energy agriculture transport culture labour labor home war commerce treasury
  homeland security environment industry digital science`.split(/\s+/));


/** "von der Leyen": particles count only when a capitalised word follows them. */
function particleLeadsToName(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && !isCap(tokens[j]!) && isParticle(tokens[j]!)) j++;
  return j < tokens.length && j > i && isCap(tokens[j]!) && j - i <= 3;
}

/** What a two-word title's first part can be: each entry's words before one of its spaces. */
const TWO_WORD_TITLE_HEADS = new Set([...TWO_WORD_TITLES].flatMap((title) =>
  [...title.matchAll(/ /g)].map((space) => title.slice(0, space.index))));

/**
 * Whether "first second" is a two-word title. The phrase is put together only after its first
 * word could begin one: titleLength asks at every word of every run of capitals.
 */
function isTwoWordTitle(first: string, second: string): boolean {
  return TWO_WORD_TITLE_HEADS.has(first) && TWO_WORD_TITLES.has(`${first} ${second}`);
}

/** Length of the title phrase starting at `i` ("Deputy Foreign Minister" → 3), 0 if none. */
function titleLength(run: Token[], i: number): number {
  let j = i;
  while (j < run.length && TITLE_MODIFIERS.has(lower(run[j]!)) && !TITLES.has(lower(run[j]!))) j++;
  const word = run[j] ? lower(run[j]!) : '';
  if (run[j + 1] && isTwoWordTitle(word, lower(run[j + 1]!))) return j + 2 - i;
  if (TITLES.has(word)) {
    // A modifier after the title: "Secretary General", "President-elect".
    const next = run[j + 1] ? lower(run[j + 1]!) : '';
    if (run[j + 1]?.ofJoin) {
      // "Secretary of State", "Minister of Foreign Affairs": the portfolio belongs to the title.
      let k = j + 1;
      const from = k;
      while (k < run.length && PORTFOLIO.has(lower(run[k]!))) k++;
      return k > from ? k - i : j + 1 - i;
    }
    return (next === 'general' ? j + 2 : j + 1) - i;
  }
  if (j > i) {
    if (isTwoWordTitle(lower(run[j - 1]!), word)) return j + 1 - i; // "Supreme Leader" via modifier
  }
  return 0;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);

/**
 * "Korean", "Russian-North Korean"; "North"/"South" only when a demonym follows ("North Korean").
 * Only tokens before `end` are looked at (the segment's end, when a run is read by index).
 */
function isDemonymAt(tokens: readonly Token[], i: number, end = tokens.length): boolean {
  const t = i < end ? tokens[i] : undefined;
  if (!t) return false;
  if (!t.hyphen) return DEMONYMS.has(t.lower) || (COMPASS.has(t.lower) && isDemonymAt(tokens, i + 1, end));
  const parts = t.lower.split(HYPHEN);
  const partsOk = parts.every((part, k) => DEMONYMS.has(part) ||
    (COMPASS.has(part) && (k < parts.length - 1 || (parts.length > 1 && isDemonymAt(tokens, i + 1, end)))));
  if (partsOk) return true;
  return COMPASS.has(parts.join('')) && isDemonymAt(tokens, i + 1, end);
}
const isDemonym = (t: Token): boolean => isDemonymAt([t], 0);

function isOrdinaryWord(t: Token): boolean {
  const w = lower(t);
  return STOPWORDS.has(w) || DAYS_MONTHS.has(w);
}

const WORD_AFTER_RE = /^[\s,]*([\p{L}\p{M}]+)/u;

/** The lower-case word right before `t` (spaces, and commas if allowed, between); '' if none. */
function wordBefore(ctx: Context, t: Token, commas: boolean): string {
  let i = t.start;
  const p = ctx.paragraph;
  for (;;) {
    const c = i > 0 ? p.charCodeAt(i - 1) : -1;
    if (c === 32 || c === 9 || c === 0xa0 || (commas && c === 44)) i--;
    else break;
  }
  if (i === t.start && i > 0) return '';
  return wordEndingAt(p, i).toLowerCase();
}

/**
 * The lower-case word right after `t` (past a possessive 's); '' if none: what WORD_AFTER_RE
 * finds in the next 40 characters. Read with character tests (once per mention, no slice and
 * match to throw away); a stretch with a surrogate pair is left to the regex, which reads
 * astral letters as letters.
 */
function wordAfter(ctx: Context, t: Token): string {
  const p = ctx.paragraph;
  const from = t.end + (t.possessive ? 2 : 0);
  const limit = Math.min(p.length, from + 40);
  let i = from;
  for (let c = p.charCodeAt(i); i < limit && (c === 44 || isSpaceCode(c)); c = p.charCodeAt(++i));
  let end = i;
  for (let c = p.charCodeAt(end); end < limit && !isSurrogate(c) && classOf(c) !== 3; c = p.charCodeAt(++end));
  if (end < limit && isSurrogate(p.charCodeAt(end))) return WORD_AFTER_RE.exec(p.slice(from, limit))?.[1]?.toLowerCase() ?? '';
  return end > i ? p.slice(i, end).toLowerCase() : '';
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Exactly the characters regex \s matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The kind of the name made of run[from, to). */
function guessKind(ctx: Context, run: readonly Token[], from: number, to: number, title: string | undefined): EntityKind {
  if (title) return 'person';
  for (let k = from; k < to; k++) if (ORG_WORDS.has(lower(run[k]!))) return 'organisation';
  for (let k = from; k < to; k++) if (isParticle(run[k]!)) return 'person';
  const before = wordBefore(ctx, run[from]!, false);
  if (before && PERSON_CUES.has(before)) return 'person';
  if (before && PLACE_CUES.has(before)) return 'place';
  return 'unknown';
}

/** A paragraph written like a headline: no sentence punctuation, most words capitalised. */
function isTitleCaseLine(paragraph: string, tokens: Token[]): boolean {
  if (/[.!?]["'”’]?\s*$/u.test(paragraph) || paragraph.length > 200) return false;
  const long = paragraph.match(/[\p{L}\p{M}]{4,}/gu) ?? [];
  const capital = tokens.filter((t) => t.text.length > 3 && isCap(t)).length;
  return long.length >= 3 && capital / long.length >= 0.7;
}

export function findMentions(paragraph: string): Mention[] {
  return scanMentions(paragraph).mentions;
}

/** Mentions plus the number of sentences the paragraph has (as the mention finder splits them). */
export function scanMentions(paragraph: string): { mentions: Mention[]; sentences: number } {
  const { tokens, sentences } = tokenize(paragraph);
  return { mentions: collectMentions(paragraph, tokens), sentences };
}

function collectMentions(paragraph: string, tokens: Token[]): Mention[] {
  const mentions: Mention[] = [];
  if (isTitleCaseLine(paragraph, tokens)) {
    // Headline capitals say nothing: every word is a candidate the article must confirm.
    for (const t of tokens) {
      if (isCap(t) && !isOrdinaryWord(t) && !isDemonym(t) && !ACRONYM_RE.test(t.text)) {
        mentions.push({
          start: t.start, end: t.end, text: t.text, title: undefined, kind: 'unknown', weak: true,
          possessive: t.possessive || undefined, before: undefined, after: undefined, sentence: t.sentence,
        });
      }
    }
    return mentions;
  }
  const ctx: Context = { paragraph, tokens };
  for (const run of capitalRuns(paragraph, tokens)) splitRun(ctx, run, mentions);
  return mentions;
}

/** What the mention finder reads while splitting runs: the paragraph and its tokens. */
interface Context {
  paragraph: string;
  tokens: Token[];
}

/**
 * Turn one run of capitals into zero or more mentions: titles split it into segments, each
 * segment a name with the title before it. Segments and titles are consecutive tokens of the
 * run, so they are passed as index ranges rather than copied into arrays for every run.
 */
function splitRun(ctx: Context, run: Token[], out: Mention[]): void {
  let i = 0;
  let segmentStart = 0;
  let titleStart = -1; // the title before the segment is run[titleStart, titleEnd), if any
  let titleEnd = -1;
  while (i < run.length) {
    const n = titleLength(run, i);
    if (n > 0 && i + n <= run.length) {
      pushSegment(ctx, run, segmentStart, i, titleStart, titleEnd, out);
      titleStart = i;
      titleEnd = i + n;
      i += n;
      segmentStart = i;
      continue;
    }
    i++;
  }
  pushSegment(ctx, run, segmentStart, run.length, titleStart, titleEnd, out);
}

/** The mention made of run[from, to) with the title run[titleStart, titleEnd) (none if titleStart < 0), if any. */
function pushSegment(ctx: Context, run: readonly Token[], from: number, to: number, titleStart: number, titleEnd: number, out: Mention[]): void {
  const paragraph = ctx.paragraph;
  const title = titleStart >= 0 ? paragraph.slice(run[titleStart]!.start, run[titleEnd - 1]!.end) : undefined;
  let s = from;
  // Leading ordinary words and demonyms: "The Guomindang", "South Korean ...". A demonym that
  // is part of a name stays: "Russian Federation", "European Commission", "Korean Peninsula".
  for (;;) {
    if (s < to && isOrdinaryWord(run[s]!)) s++;
    else if (s < to && isDemonymAt(run, s, to)) {
      let k = s;
      while (k < to && isDemonymAt(run, k, to)) k++;
      if (anyOrgOrGeoWord(run, k, to)) break;
      s = k;
    } else break;
  }
  // The name is run[s, e).
  let e = to;
  // Acronyms are the acronym checker's; keep only initials that lead into a name ("JD Vance").
  while (e > s && ACRONYM_RE.test(run[s]!.text) && !(run[s]!.text.length <= 3 && e - s > 1 && !ACRONYM_RE.test(run[s + 1]!.text))) s++;
  while (e > s && (ACRONYM_RE.test(run[e - 1]!.text) && e - s === 1)) e--;
  if (e === s) return;
  if (onlyOrdinaryWords(run, s, e)) return;
  const first = run[s]!;
  const lastTok = run[e - 1]!;
  const weak = e - s === 1 && first.initial && !title;
  const before = wordBefore(ctx, titleStart >= 0 ? run[titleStart]! : first, true);
  const after = wordAfter(ctx, lastTok);
  // Every field written, in one order (undefined where absent): one object shape is faster to
  // build and to read, and JSON leaves the undefined ones out.
  const mention: Mention = {
    start: first.start,
    end: lastTok.end,
    text: paragraph.slice(first.start, lastTok.end),
    title,
    kind: guessKind(ctx, run, s, e, title),
    weak: weak || undefined,
    possessive: lastTok.possessive || undefined,
    before: before || undefined,
    after: after || undefined,
    sentence: first.sentence,
  };
  out.push(mention);
}

function anyOrgOrGeoWord(run: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_WORDS.has(lower(run[k]!)) || GEO_WORDS.has(lower(run[k]!))) return true;
  return false;
}

/** Every token of run[from, to) is an ordinary word, a demonym on its own or initials: no name. */
function onlyOrdinaryWords(run: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = run[k]!;
    if (!isOrdinaryWord(t) && !isDemonymAt(run, k, k + 1) && !t.initials) return false;
  }
  return true;
}

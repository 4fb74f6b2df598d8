/**
 * Finds name mentions in one paragraph by capitalisation: runs of capitalised words (with name
 * particles, hyphenated given names and initials), minus the titles, possessives, demonyms and
 * ordinary words that are capitalised only because they open a sentence or a heading.
 *
 * Offsets are relative to the paragraph, so the result can be cached by paragraph text.
 */
import type { EntityKind } from '../types.ts';
import { isSpace } from '../doc.ts';
import { DEMONYMS, PERSON_CUES, PLACE_CUES, TWO_WORD_TITLES } from './lexicon.ts';
import {
  ABBREVIATED_TITLE, ACRONYM, COMPASS, DEMONYM, GEO, HYPHEN, OF_TITLE, ORG, PARTICLE, PARTICLE_LIKE, PORTFOLIO,
  PREFIXED_CAPITAL, STOP, TITLE, TITLE_MODIFIER, TWO_WORD_TITLE_HEAD, classOf, lowerCaseWordAt, tokenize,
} from './tokens.ts';
import type { Token } from './tokens.ts';

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

// Patterns tested on the gaps between tokens: module constants, since a regex literal in a
// function body makes a new RegExp object each time it is evaluated.
const OF_GAP = /^\s+of\s+(?:the\s+)?$/;
const ORG_CONNECTOR_GAP = /^\s+(?:of|for|on)\s+(?:the\s+)?$/;
const AND_GAP = /^\s+(?:and|&)\s+$/;
const LONG_WORD_RE = /[\p{L}\p{M}]{4,}/gu;

/** The word that ends at `pos` (letters only), in lower case; '' if none. */
function lowerCaseWordEndingAt(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && classOf(text.charCodeAt(i - 1)) !== 3) i--;
  return lowerCaseWordAt(text, i, pos);
}

/** "Mr. Kim", "J. D. Vance": a full stop after an abbreviation or initial ends no sentence. */
function isAbbreviation(prev: Token): boolean {
  return (prev.flags & ABBREVIATED_TITLE) !== 0 || (prev.text.length === 1 && prev.lower !== prev.text);
}

/**
 * Whether the gap between two tokens of a run keeps them in one name: one space, the ". " of
 * an abbreviation ("Mr. Kim"), or nothing or one space after initials ("J.D. Vance"). Tested on
 * character codes: the gap is sliced out only for the rarer "of"/"for"/"and" joins.
 */
function joinedByGap(paragraph: string, prev: Token, t: Token): boolean {
  const at = prev.end;
  const length = t.start - at; // below zero after initials read twice ("J. D." then "D.")
  if (length === 1) return isSpace(paragraph.charCodeAt(at));
  if (length === 2) return paragraph.charCodeAt(at) === 46 && isSpace(paragraph.charCodeAt(at + 1)) && isAbbreviation(prev);
  if (length <= 0) return prev.initials;
  return false;
}

const isOrdinaryWord = (t: Token): boolean => (t.flags & STOP) !== 0;
// "al-Assad" carries its capital after the particle.
const isCap = (t: Token): boolean => t.cap;
const isParticle = (t: Token): boolean => (t.flags & PARTICLE_LIKE) !== 0;

/**
 * Split the paragraph into runs of capitalised tokens joined by spaces (and particles), and
 * each run into mentions as soon as it ends. A run is a stretch of consecutive tokens, kept as
 * the index range [from, to): no array is made for it.
 */
function findRuns(ctx: Context, out: Mention[]): void {
  const { paragraph, tokens, count } = ctx;
  let from = 0;
  let to = 0; // the run is tokens[from, to); empty when from === to
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    if (to > from) {
      const prev = tokens[to - 1]!;
      const joined = joinedByGap(paragraph, prev, t);
      // "Secretary of State Marco Rubio": the "of" belongs to a title.
      const ofTitle = !joined && (prev.flags & OF_TITLE) !== 0 && isCap(t) && OF_GAP.test(paragraph.slice(prev.end, t.start));
      // "Korea Institute for Defense Analyses", "Organization for Security and Co-operation".
      const orgName = !joined && !ofTitle && isCap(t) && !prev.possessive && (
        ((prev.flags & ORG) !== 0 && ORG_CONNECTOR_GAP.test(paragraph.slice(prev.end, t.start)) && !isOrdinaryWord(t)) ||
        (anyOrgJoin(tokens, from, to) && AND_GAP.test(paragraph.slice(prev.end, t.start))));
      if (ofTitle) t.ofJoin = true;
      else if (orgName) t.orgJoin = true;
      else if (!joined || prev.possessive) from = to = endRun(ctx, from, to, out);
    }
    // Adding token i: the run is empty (from === to, moved up to i) or ends right before it.
    const empty = to === from;
    if (isCap(t)) {
      if (empty) from = i;
      to = i + 1;
    } else if (!empty && isParticle(t) && particleLeadsToName(tokens, i, count)) {
      to = i + 1;
    } else if (empty && (t.flags & PARTICLE) !== 0 && particleLeadsToName(tokens, i, count)) {
      from = i; // "von der Leyen" without the given name
      to = i + 1;
    } else if (empty && (t.flags & PREFIXED_CAPITAL) !== 0) {
      from = i; // "al-Assad" standing alone
      to = i + 1;
    } else {
      from = to = endRun(ctx, from, to, out);
    }
  }
  endRun(ctx, from, to, out);
}

/** Split the run tokens[from, to) without its trailing particles into mentions; returns where it ends. */
function endRun(ctx: Context, from: number, to: number, out: Mention[]): number {
  while (to > from && !isCap(ctx.tokens[to - 1]!)) to--;
  if (to > from) splitRun(ctx, from, to, out);
  return to;
}

function anyOrgJoin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.orgJoin) return true;
  return false;
}

/** "von der Leyen": particles count only when a capitalised word follows them. */
function particleLeadsToName(tokens: readonly Token[], i: number, count: number): boolean {
  let j = i;
  while (j < count && !isCap(tokens[j]!) && isParticle(tokens[j]!)) j++;
  return j < count && j > i && isCap(tokens[j]!) && j - i <= 3;
}

/**
 * Whether tokens a and b make a two-word title. The phrase is put together only after the
 * first word could begin one: titleLength asks at every word of every run of capitals.
 */
function isTwoWordTitle(a: Token, b: Token): boolean {
  return (a.flags & TWO_WORD_TITLE_HEAD) !== 0 && TWO_WORD_TITLES.has(`${a.lower} ${b.lower}`);
}

/** Length of the title phrase starting at tokens[i] ("Deputy Foreign Minister" → 3), 0 if none; the run ends at `end`. */
function titleLength(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  while (j < end && (tokens[j]!.flags & (TITLE_MODIFIER | TITLE)) === TITLE_MODIFIER) j++;
  if (j >= end) return 0; // no title word, and the modifiers alone make none
  const word = tokens[j]!;
  if (j + 1 < end && isTwoWordTitle(word, tokens[j + 1]!)) return j + 2 - i;
  if ((word.flags & TITLE) !== 0) {
    if (j + 1 < end && tokens[j + 1]!.ofJoin) {
      // "Secretary of State", "Minister of Foreign Affairs": the portfolio belongs to the title.
      let k = j + 1;
      const from = k;
      while (k < end && (tokens[k]!.flags & PORTFOLIO) !== 0) k++;
      return k > from ? k - i : j + 1 - i;
    }
    // A modifier after the title: "Secretary General", "President-elect".
    return (j + 1 < end && tokens[j + 1]!.lower === 'general' ? j + 2 : j + 1) - i;
  }
  if (j > i && isTwoWordTitle(tokens[j - 1]!, word)) return j + 1 - i; // "Supreme Leader" via modifier
  return 0;
}

/**
 * "Korean", "Russian-North Korean"; "North"/"South" only when a demonym follows ("North Korean").
 * Only tokens before `end` are looked at (the segment's end).
 */
function isDemonymAt(tokens: readonly Token[], i: number, end: number): boolean {
  if (i >= end) return false;
  const t = tokens[i]!;
  if (!t.hyphen) return (t.flags & DEMONYM) !== 0 || ((t.flags & COMPASS) !== 0 && isDemonymAt(tokens, i + 1, end));
  const parts = t.lower.split(HYPHEN);
  const partsOk = parts.every((part, k) => DEMONYMS.has(part) ||
    (COMPASS_WORDS.has(part) && (k < parts.length - 1 || (parts.length > 1 && isDemonymAt(tokens, i + 1, end)))));
  if (partsOk) return true;
  return COMPASS_WORDS.has(parts.join('')) && isDemonymAt(tokens, i + 1, end);
}

const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central']);

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
  return lowerCaseWordEndingAt(p, i);
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
  for (let c = p.charCodeAt(i); i < limit && (c === 44 || isSpace(c)); c = p.charCodeAt(++i));
  let end = i;
  for (let c = p.charCodeAt(end); end < limit && !isSurrogate(c) && classOf(c) !== 3; c = p.charCodeAt(++end));
  if (end < limit && isSurrogate(p.charCodeAt(end))) return WORD_AFTER_RE.exec(p.slice(from, limit))?.[1]?.toLowerCase() ?? '';
  return lowerCaseWordAt(p, i, end);
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** The kind of the name made of tokens[from, to). */
function guessKind(ctx: Context, from: number, to: number, title: string | undefined): EntityKind {
  if (title) return 'person';
  const tokens = ctx.tokens;
  for (let k = from; k < to; k++) if ((tokens[k]!.flags & ORG) !== 0) return 'organisation';
  for (let k = from; k < to; k++) if (isParticle(tokens[k]!)) return 'person';
  const before = wordBefore(ctx, tokens[from]!, false);
  if (before && PERSON_CUES.has(before)) return 'person';
  if (before && PLACE_CUES.has(before)) return 'place';
  return 'unknown';
}

/** A paragraph written like a headline: no sentence punctuation, most words capitalised. */
function isTitleCaseLine(ctx: Context): boolean {
  const { paragraph, tokens, count } = ctx;
  if (paragraph.length > 200 || endsLikeSentence(paragraph)) return false;
  const long = paragraph.match(LONG_WORD_RE) ?? [];
  let capital = 0;
  for (let k = 0; k < count; k++) if (tokens[k]!.text.length > 3 && isCap(tokens[k]!)) capital++;
  return long.length >= 3 && capital / long.length >= 0.7;
}

/** What /[.!?]["'”’]?\s*$/u tells, read backwards from the end. */
function endsLikeSentence(paragraph: string): boolean {
  let i = paragraph.length;
  while (i > 0 && isSpace(paragraph.charCodeAt(i - 1))) i--;
  const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;
  const last = paragraph.charCodeAt(i - 1);
  if (isStop(last)) return true;
  return (last === 34 || last === 39 || last === 0x201d || last === 0x2019) && isStop(paragraph.charCodeAt(i - 2));
}

export function findMentions(paragraph: string): Mention[] {
  return scanMentions(paragraph).mentions;
}

/** Mentions plus the number of sentences the paragraph has (as the mention finder splits them). */
export function scanMentions(paragraph: string): { mentions: Mention[]; sentences: number } {
  const { tokens, count, sentences } = tokenize(paragraph);
  return { mentions: collectMentions({ paragraph, tokens, count }), sentences };
}

function collectMentions(ctx: Context): Mention[] {
  const mentions: Mention[] = [];
  if (isTitleCaseLine(ctx)) {
    // Headline capitals say nothing: every word is a candidate the article must confirm.
    const tokens = ctx.tokens;
    for (let k = 0; k < ctx.count; k++) {
      const t = tokens[k]!;
      if (isCap(t) && !isOrdinaryWord(t) && !isDemonymAt(tokens, k, k + 1) && (t.flags & ACRONYM) === 0) {
        mentions.push({
          start: t.start, end: t.end, text: t.text, title: undefined, kind: 'unknown', weak: true,
          possessive: t.possessive || undefined, before: undefined, after: undefined, sentence: t.sentence,
        });
      }
    }
    return mentions;
  }
  findRuns(ctx, mentions);
  return mentions;
}

/** What the mention finder reads: the paragraph and its tokens, tokens[0, count). */
interface Context {
  paragraph: string;
  tokens: Token[];
  count: number;
}

/**
 * Turn the run tokens[from, to) into zero or more mentions: titles split it into segments,
 * each segment a name with the title before it. Segments and titles are index ranges too.
 */
function splitRun(ctx: Context, from: number, to: number, out: Mention[]): void {
  const tokens = ctx.tokens;
  let i = from;
  let segmentStart = from;
  let titleStart = -1; // the title before the segment is tokens[titleStart, titleEnd), if any
  let titleEnd = -1;
  while (i < to) {
    const n = titleLength(tokens, i, to);
    if (n > 0 && i + n <= to) {
      pushSegment(ctx, segmentStart, i, titleStart, titleEnd, out);
      titleStart = i;
      titleEnd = i + n;
      i += n;
      segmentStart = i;
      continue;
    }
    i++;
  }
  pushSegment(ctx, segmentStart, to, titleStart, titleEnd, out);
}

const isAcronym = (t: Token): boolean => (t.flags & ACRONYM) !== 0;

/** The mention made of tokens[from, to) with the title tokens[titleStart, titleEnd) (none if titleStart < 0), if any. */
function pushSegment(ctx: Context, from: number, to: number, titleStart: number, titleEnd: number, out: Mention[]): void {
  const tokens = ctx.tokens;
  const title = titleStart < 0 ? undefined : textOf(ctx, titleStart, titleEnd);
  let s = from;
  // Leading ordinary words and demonyms: "The Guomindang", "South Korean ...". A demonym that
  // is part of a name stays: "Russian Federation", "European Commission", "Korean Peninsula".
  for (;;) {
    if (s < to && isOrdinaryWord(tokens[s]!)) s++;
    else if (s < to && isDemonymAt(tokens, s, to)) {
      let k = s;
      while (k < to && isDemonymAt(tokens, k, to)) k++;
      if (anyOrgOrGeoWord(tokens, k, to)) break;
      s = k;
    } else break;
  }
  // The name is tokens[s, e).
  let e = to;
  // Acronyms are the acronym checker's; keep only initials that lead into a name ("JD Vance").
  while (e > s && isAcronym(tokens[s]!) && !(tokens[s]!.text.length <= 3 && e - s > 1 && !isAcronym(tokens[s + 1]!))) s++;
  while (e > s && (isAcronym(tokens[e - 1]!) && e - s === 1)) e--;
  if (e === s) return;
  if (onlyOrdinaryWords(tokens, s, e)) return;
  const first = tokens[s]!;
  const lastTok = tokens[e - 1]!;
  const weak = e - s === 1 && first.initial && !title;
  const before = wordBefore(ctx, titleStart >= 0 ? tokens[titleStart]! : first, true);
  const after = wordAfter(ctx, lastTok);
  // Every field written, in one order (undefined where absent): one object shape is faster to
  // build and to read, and JSON leaves the undefined ones out.
  const mention: Mention = {
    start: first.start,
    end: lastTok.end,
    text: textOf(ctx, s, e),
    title,
    kind: guessKind(ctx, s, e, title),
    weak: weak || undefined,
    possessive: lastTok.possessive || undefined,
    before: before || undefined,
    after: after || undefined,
    sentence: first.sentence,
  };
  out.push(mention);
}

/** The text of tokens[from, to): a one-word name or title is the word's own string, not a new slice. */
function textOf(ctx: Context, from: number, to: number): string {
  const first = ctx.tokens[from]!;
  return to - from === 1 ? first.text : ctx.paragraph.slice(first.start, ctx.tokens[to - 1]!.end);
}

function anyOrgOrGeoWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k]!.flags & (ORG | GEO)) !== 0) return true;
  return false;
}

/** Every token of tokens[from, to) is an ordinary word, a demonym on its own or initials: no name. */
function onlyOrdinaryWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!isOrdinaryWord(t) && !isDemonymAt(tokens, k, k + 1) && !t.initials) return false;
  }
  return true;
}

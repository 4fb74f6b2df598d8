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
}

interface Token {
  start: number;
  end: number;
  text: string;
  possessive: boolean;
  /** The token opens a sentence (or the paragraph), ignoring quote marks and brackets. */
  initial: boolean;
}

// Initials ("J." "J.D.") or a word with inner apostrophes/hyphens ("Khamene'i", "Seok-yeol").
const TOKEN_RE = /\p{Lu}\.(?:\s?\p{Lu}\.)*|[\p{L}\p{M}]+(?:['’‐‑-][\p{L}\p{M}]+)*/gu;
const POSSESSIVE_RE = /^(.{2,}?)['’]s$/u;
const CAP_RE = /^\p{Lu}/u;
const INITIALS_RE = /^\p{Lu}\.(?:\s?\p{Lu}\.)*$/u;
const ACRONYM_RE = /^[\p{Lu}\d&]{2,}$/u;
const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'rep', 'sen', 'gov', 'rev', 'st']);

function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let sentenceOpen = true;
  let last = 0;
  for (const m of paragraph.matchAll(TOKEN_RE)) {
    const gap = paragraph.slice(last, m.index);
    if (tokens.length > 0 && /[.!?…:]["'”’»)\]]*\s/u.test(gap + ' ') && !isAbbreviation(tokens.at(-1)!, gap)) {
      sentenceOpen = true;
    }
    let text = m[0];
    let possessive = false;
    const pos = POSSESSIVE_RE.exec(text);
    if (pos) {
      text = pos[1]!;
      possessive = true;
    }
    tokens.push({ start: m.index, end: m.index + text.length, text, possessive, initial: sentenceOpen });
    sentenceOpen = false;
    last = m.index + m[0].length;
  }
  return tokens;
}

/** "Mr. Kim", "J. D. Vance": a full stop after an abbreviation or initial ends no sentence. */
function isAbbreviation(prev: Token, gap: string): boolean {
  if (!gap.startsWith('.')) return false;
  return ABBREVIATED_TITLES.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text);
}

const lower = (t: Token): string => t.text.toLowerCase();
const isCap = (t: Token): boolean => CAP_RE.test(t.text);
const isParticle = (t: Token): boolean => PARTICLES.has(lower(t)) || PARTICLE_PREFIX.test(t.text);

/** Split the paragraph into runs of capitalised tokens joined by spaces (and particles). */
function capitalRuns(paragraph: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length > 0 && !isCap(run.at(-1)!)) run.pop(); // no trailing particle
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run.at(-1);
    if (prev) {
      const gap = paragraph.slice(prev.end, t.start);
      const joined = /^\s$/u.test(gap) || (/^\.\s$/u.test(gap) && isAbbreviation(prev, gap)) ||
        (INITIALS_RE.test(prev.text) && /^\s?$/u.test(gap));
      if (!joined || prev.possessive) flush();
    }
    if (isCap(t)) {
      run.push(t);
    } else if (run.length > 0 && isParticle(t) && particleLeadsToName(tokens, i)) {
      run.push(t);
    } else if (run.length === 0 && PARTICLE_PREFIX.test(t.text) && /[‐‑-]\p{Lu}/u.test(t.text)) {
      run.push(t); // "al-Assad" standing alone
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** "von der Leyen": particles count only when a capitalised word follows them. */
function particleLeadsToName(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && !isCap(tokens[j]!) && isParticle(tokens[j]!)) j++;
  return j < tokens.length && j > i && isCap(tokens[j]!) && j - i <= 3;
}

/** Length of the title phrase starting at `i` ("Deputy Foreign Minister" → 3), 0 if none. */
function titleLength(run: Token[], i: number): number {
  let j = i;
  while (j < run.length && TITLE_MODIFIERS.has(lower(run[j]!)) && !TITLES.has(lower(run[j]!))) j++;
  const word = run[j] ? lower(run[j]!) : '';
  const pair = run[j + 1] ? `${word} ${lower(run[j + 1]!)}` : '';
  if (TWO_WORD_TITLES.has(pair)) return j + 2 - i;
  if (TITLES.has(word)) {
    // A modifier after the title: "Secretary General", "President-elect".
    const next = run[j + 1] ? lower(run[j + 1]!) : '';
    return (next === 'general' ? j + 2 : j + 1) - i;
  }
  if (j > i) {
    const twoModifiers = `${lower(run[j - 1]!)} ${word}`;
    if (TWO_WORD_TITLES.has(twoModifiers)) return j + 1 - i; // "Supreme Leader" via modifier
  }
  return 0;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);

/** "Korean", "Russian-North Korean"; "North"/"South" only when a demonym follows ("North Korean"). */
function isDemonymAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const parts = t.text.toLowerCase().split(/[‐‑-]/);
  const partsOk = parts.every((part, k) => DEMONYMS.has(part) || (COMPASS.has(part) && k < parts.length - 1));
  if (partsOk) return true;
  return COMPASS.has(parts.join('')) && isDemonymAt(tokens, i + 1);
}
const isDemonym = (t: Token): boolean => isDemonymAt([t], 0);

function isOrdinaryWord(t: Token): boolean {
  const w = lower(t);
  return STOPWORDS.has(w) || DAYS_MONTHS.has(w);
}

function guessKind(paragraph: string, tokens: Token[], title: string | undefined): EntityKind {
  if (title) return 'person';
  if (tokens.some((t) => ORG_WORDS.has(lower(t)))) return 'organisation';
  if (tokens.some((t) => isParticle(t))) return 'person';
  const before = /([\p{L}]+)\s+$/u.exec(paragraph.slice(Math.max(0, tokens[0]!.start - 30), tokens[0]!.start))?.[1]?.toLowerCase();
  if (before && PERSON_CUES.has(before)) return 'person';
  if (before && PLACE_CUES.has(before)) return 'place';
  return 'unknown';
}

/** A paragraph written like a headline: no sentence punctuation, most words capitalised. */
function isTitleCaseLine(paragraph: string, tokens: Token[]): boolean {
  if (/[.!?]["'”’]?\s*$/u.test(paragraph)) return false;
  const long = tokens.filter((t) => t.text.length > 3);
  return long.length >= 3 && long.filter(isCap).length / long.length >= 0.7;
}

export function findMentions(paragraph: string): Mention[] {
  const tokens = tokenize(paragraph);
  const mentions: Mention[] = [];
  if (isTitleCaseLine(paragraph, tokens)) {
    // Headline capitals say nothing: every word is a candidate the article must confirm.
    for (const t of tokens) {
      if (isCap(t) && !isOrdinaryWord(t) && !isDemonym(t) && !ACRONYM_RE.test(t.text)) {
        mentions.push({ start: t.start, end: t.end, text: t.text, kind: 'unknown', weak: true, ...(t.possessive ? { possessive: true } : {}) });
      }
    }
    return mentions;
  }
  for (const run of capitalRuns(paragraph, tokens)) splitRun(paragraph, run, mentions);
  return mentions;
}

/** Turn one run of capitals into zero or more mentions. */
function splitRun(paragraph: string, run: Token[], out: Mention[]): void {
  let i = 0;
  let title: string | undefined;
  let segment: Token[] = [];
  const emit = (): void => {
    pushSegment(paragraph, segment, title, out);
    segment = [];
    title = undefined;
  };
  while (i < run.length) {
    const n = titleLength(run, i);
    if (n > 0 && i + n <= run.length) {
      emit();
      title = paragraph.slice(run[i]!.start, run[i + n - 1]!.end);
      i += n;
      continue;
    }
    segment.push(run[i]!);
    i++;
  }
  emit();
}

function pushSegment(paragraph: string, seg: Token[], title: string | undefined, out: Mention[]): void {
  let s = 0;
  // Leading ordinary words and demonyms: "The Guomindang", "South Korean ...". A demonym that
  // is part of a name stays: "Russian Federation", "European Commission", "Korean Peninsula".
  for (;;) {
    if (s < seg.length && isOrdinaryWord(seg[s]!)) s++;
    else if (s < seg.length && isDemonymAt(seg, s)) {
      let k = s;
      while (k < seg.length && isDemonymAt(seg, k)) k++;
      const next = seg[k];
      if (next && (ORG_WORDS.has(lower(next)) || GEO_WORDS.has(lower(next)))) break;
      s = k;
    } else break;
  }
  let tokens = seg.slice(s);
  // Acronyms are the acronym checker's; keep only initials that lead into a name ("JD Vance").
  while (tokens.length > 0 && ACRONYM_RE.test(tokens[0]!.text) && !(tokens[0]!.text.length <= 3 && tokens.length > 1 && !ACRONYM_RE.test(tokens[1]!.text))) {
    tokens = tokens.slice(1);
  }
  while (tokens.length > 0 && (ACRONYM_RE.test(tokens.at(-1)!.text) && tokens.length === 1)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return;
  if (tokens.every((t) => isOrdinaryWord(t) || isDemonym(t) || INITIALS_RE.test(t.text))) return;
  const first = tokens[0]!;
  const lastTok = tokens.at(-1)!;
  const weak = tokens.length === 1 && first.initial && !title;
  const mention: Mention = {
    start: first.start,
    end: lastTok.end,
    text: paragraph.slice(first.start, lastTok.end),
    kind: guessKind(paragraph, tokens, title),
  };
  if (title) mention.title = title;
  if (weak) mention.weak = true;
  if (lastTok.possessive) mention.possessive = true;
  out.push(mention);
}

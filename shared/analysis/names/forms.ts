/**
 * The spellings of one entity: distinct surface forms with counts and ranges, which of them are
 * genuinely different spellings (not just a consistent short form such as "Yun" for
 * "Yun Seok-yeol"), and the most reliable form to suggest.
 */
import type { StyleBook } from '../types.ts';
import { compactKey, nameTokens } from './fold.ts';
import { PARTICLE_PREFIX } from './lexicon.ts';
import type { Group } from './cluster.ts';

/** One spelling of an entity, as the decisions read it. */
export interface Spelling {
  text: string;
  count: number;
  /** Where it is first used (its first occurrence's start). */
  first: number;
  /** The `index` of every occurrence written this way. */
  occurrences: number[];
}

/**
 * The group's spellings in order of first use. One pass over the group's occurrences (a full
 * analysis runs this for every mention), keeping indexes only: the ranges the entity reports
 * are made from them with the offsets of the day (see instantiate in names.ts).
 */
export function spellingsOf(g: Group): Spelling[] {
  const spellings: Spelling[] = [];
  const occurrences = g.occurrences;
  // Most entities have one to three spellings: finding one by a scan beats a Map per group.
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i]!;
    let spelling: Spelling | undefined;
    for (let k = 0; k < spellings.length; k++) {
      if (spellings[k]!.text === o.text) {
        spelling = spellings[k];
        break;
      }
    }
    if (spelling) {
      spelling.count++;
      spelling.occurrences.push(o.index);
    } else spellings.push({ text: o.text, count: 1, first: o.start, occurrences: [o.index] });
  }
  return spellings;
}

const wordsCache = new Map<string, string[]>();
const words = (s: string): string[] => {
  let hit = wordsCache.get(s);
  if (!hit) {
    if (wordsCache.size > 50_000) wordsCache.clear();
    wordsCache.set(s, (hit = s.split(/\s+/)));
  }
  return hit;
};

// "al-Assad" and "Assad" are the same surname, as written by different houses; "Von der
// Leyen" opening a sentence is the same as "von der Leyen".
const bareCache = new Map<string, string[]>();
const bareWords = (s: string): string[] => {
  let hit = bareCache.get(s);
  if (!hit) {
    if (bareCache.size > 50_000) bareCache.clear();
    bareCache.set(s, (hit = words(s).map((w) => w.toLowerCase().replace(PARTICLE_PREFIX, ''))));
  }
  return hit;
};

/**
 * "Yun" is a short form of "Yun Seok-yeol", "Assad" of "Bashar al-Assad": its words appear, in
 * order, in the longer form.
 */
export function isShortFormOf(short: string, long: string): boolean {
  const s = bareWords(short);
  const l = bareWords(long);
  if (s.length >= l.length) return false;
  let j = 0;
  for (const w of s) {
    while (j < l.length && l[j] !== w) j++;
    if (j === l.length) return false;
    j++;
  }
  return true;
}

/** Forms that are not a short form of another form: two or more means inconsistent spelling. */
export function maximalForms(variants: readonly Spelling[]): Spelling[] {
  return variants.filter((v) => !variants.some((w) => w !== v && isShortFormOf(v.text, w.text)));
}

const hasDiacritics = (s: string): boolean => /[^ -~]/.test(s);

/**
 * The most reliable form: a full name before a lone surname; then the form the article
 * supports most (its own count plus the short forms consistent with it); then the one with diacritics (the careful spelling, "Wrocław" over "Wroclaw"); then the first.
 */
export function mostReliableForm(variants: readonly Spelling[], candidates = maximalForms(variants)): string {
  const multi = candidates.filter((v) => nameTokens(v.text).length > 1); // "Al Qaida" is one name word
  const pool = multi.length > 0 ? multi : candidates;
  const supportOf = new Map(pool.map((v) => [v, v.count + variants.filter((w) => isShortFormOf(w.text, v.text)).reduce((n, w) => n + w.count, 0)]));
  const support = (v: Spelling): number => supportOf.get(v)!;
  const first = (v: Spelling): number => v.first;
  const ranked = [...pool].sort((a, b) =>
    support(b) - support(a) ||
    Number(hasDiacritics(b.text)) - Number(hasDiacritics(a.text)) ||
    first(a) - first(b));
  return ranked[0]!.text;
}

/** Index of a style book: compact key of the preferred form and of every variant → preferred. */
export function styleBookIndex(book: StyleBook | undefined): Map<string, string> {
  const index = new Map<string, string>();
  if (!book) return index;
  for (const [preferred, variants] of Object.entries(book.entries)) {
    for (const form of [preferred, ...variants]) {
      const key = compactKey(form);
      if (key && !index.has(key)) index.set(key, preferred);
    }
  }
  return index;
}

/** The style book's form for an entity, when the book names any of its spellings. */
export function styleBookForm(variants: readonly Spelling[], index: ReadonlyMap<string, string>, maximal = maximalForms(variants)): string | undefined {
  if (index.size === 0) return undefined;
  for (const v of [...maximal, ...variants]) {
    const hit = index.get(compactKey(v.text));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Groups the article's name mentions into entities. Work is done on distinct spellings, not on
 * mentions, so a long article with the same names over and over stays cheap:
 *
 * 1. Multi-word forms ("Yun Seok-yeol") are grouped by their compact key, then groups whose
 *    names match (`sameName`) are merged. Candidates are found through a phonetic index, so
 *    only names that share a sound-alike token are ever compared.
 * 2. One-word mentions ("Yun", "President Yoon", "Yoon's") are linked, in reading order, to a
 *    full name introduced earlier whose surname they match: exactly first, else by spelling
 *    similarity. A mention that fits several people equally is left alone (ambiguous).
 * 3. The remaining one-word forms (places, organisations, unintroduced surnames) are grouped
 *    among themselves by spelling similarity; a group seen only at sentence starts is dropped.
 */
import { distance } from 'fastest-levenshtein';
import type { EntityKind } from '../types.ts';
import { loose, nameTokens, phonetic, tokensSimilar } from './fold.ts';
import { sameName, surnameToken } from './compare.ts';
import type { Mention } from './mentions.ts';
import { SPEECH_VERBS } from './lexicon.ts';

// "North Korea said" is a country speaking.
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'new', 'united', 'saudi']);

/**
 * A mention placed in the article: its offset and where it sits. The mention itself is
 * referred to, not copied: only what the clustering reads for every occurrence (text, kind)
 * is copied next to the offset, which keeps the one object made per mention small.
 */
export interface Occurrence {
  /** The mention as the paragraph's facts hold it (offsets within the paragraph). */
  mention: Mention;
  /** Offset in the article. */
  start: number;
  text: string;
  kind: EntityKind;
  paragraph: number;
  /** Index of the sentence in the article (sentences numbered across paragraphs). */
  sentence: number;
  tokens: string[];
  compact: string;
  /** Position in the article's mentions, in reading order. */
  index: number;
}

export interface Group {
  occurrences: Occurrence[];
  /** Has at least one multi-word form. */
  full: boolean;
  /** Compact keys a lone surname may take to be linked here. */
  surnames: Set<string>;
  /** Lone-surname mentions linked so far. */
  shortCount: number;
  first: number;
  /** A lone surname that matched several people equally. */
  ambiguous?: boolean;
}

class UnionFind {
  parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const compactOf = new Map<readonly string[], string>();

export function toOccurrence(m: Mention, paragraph: number, sentence: number, offset: number, index: number): Occurrence {
  const tokens = nameTokens(m.text);
  let compact = compactOf.get(tokens);
  if (compact === undefined) {
    if (compactOf.size > 50_000) compactOf.clear();
    compactOf.set(tokens, (compact = tokens.join('')));
  }
  // Every field written, in one order: one object shape keeps property access fast.
  return {
    mention: m, start: m.start + offset, text: m.text, kind: m.kind, paragraph, sentence, tokens, compact, index,
  };
}

/**
 * Group distinct keys with `similar`, comparing a key only with the keys filed under the
 * blocks it probes (by default the blocks it is filed under).
 */
function groupKeys(
  keys: readonly string[],
  blocks: (k: string) => readonly string[],
  similar: (a: string, b: string) => boolean,
  probes: (k: string) => readonly string[] = blocks,
): Map<string, number> {
  const uf = new UnionFind();
  const index = new Map<string, number>();
  const byBlock = new Map<string, string[]>();
  // Indexed loops, and a block listed twice for a key skipped by looking back (no Set per key).
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const id = uf.add();
    index.set(k, id);
    const probed = probes(k);
    for (let p = 0; p < probed.length; p++) {
      const b = probed[p]!;
      const others = byBlock.get(b);
      if (!others || probed.indexOf(b) < p) continue;
      for (let o = 0; o < others.length; o++) {
        const other = others[o]!;
        if (uf.find(index.get(other)!) !== uf.find(id) && similar(k, other)) uf.union(index.get(other)!, id);
      }
    }
    const filed = blocks(k);
    for (let f = 0; f < filed.length; f++) {
      const b = filed[f]!;
      if (filed.indexOf(b) < f) continue;
      const list = byBlock.get(b);
      if (list) list.push(k);
      else byBlock.set(b, [k]);
    }
  }
  const root = new Map<string, number>();
  index.forEach((id, k) => root.set(k, uf.find(id)));
  return root;
}

// The blocks of a key depend on the key alone: made once per key (bounded, like fold.ts's caches).
const lengthBlocks = new Map<string, readonly string[]>();
const lengthProbeLists = new Map<string, readonly string[]>();

/**
 * Blocking for one-word forms: first sound and length of the loose form. Similar words share
 * the first and differ in length by at most two letters.
 */
const lengthBlock = (k: string): readonly string[] => {
  let hit = lengthBlocks.get(k);
  if (!hit) {
    if (lengthBlocks.size > 50_000) lengthBlocks.clear();
    const l = loose(k);
    lengthBlocks.set(k, (hit = [`${l[0] ?? ''}${l.length}`]));
  }
  return hit;
};
const lengthProbes = (k: string): readonly string[] => {
  let hit = lengthProbeLists.get(k);
  if (!hit) {
    if (lengthProbeLists.size > 50_000) lengthProbeLists.clear();
    const l = loose(k);
    const c = l[0] ?? '';
    lengthProbeLists.set(k, (hit = [-2, -1, 0, 1, 2].map((d) => `${c}${l.length + d}`)));
  }
  return hit;
};

/** The phonetic codes of a multi-word form's tokens, its blocks: one list per token array. */
const soundBlocks = new WeakMap<readonly string[], readonly string[]>();
function soundBlocksOf(tokens: readonly string[]): readonly string[] {
  let hit = soundBlocks.get(tokens);
  if (!hit) soundBlocks.set(tokens, (hit = tokens.flatMap((t) => phonetic(t))));
  return hit;
}

function newGroup(o: Occurrence): Group {
  return { occurrences: [o], full: o.tokens.length > 1, surnames: new Set(), shortCount: 0, first: o.start };
}

const titleWord = (title: string | undefined): string | undefined => title?.toLowerCase().split(/\s+/).at(-1);

export function clusterMentions(occurrences: readonly Occurrence[], usedInLowerCase: (word: string) => boolean = () => true): Group[] {
  // Multi-word forms are those with more than one token, lone words those with one; each step
  // below walks all occurrences and skips the others rather than copying them out first.
  // 1. Multi-word forms.
  // Indexed loops over the occurrences: a for-of loop makes an iterator result per element until
  // the function is optimised, and this one runs once per analysis.
  const tokensOf = new Map<string, string[]>();
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i]!;
    if (o.tokens.length > 1) tokensOf.set(o.compact, o.tokens);
  }
  const multiRoot = groupKeys(
    [...tokensOf.keys()],
    (k) => soundBlocksOf(tokensOf.get(k)!),
    (a, b) => sameName(tokensOf.get(a)!, tokensOf.get(b)!),
  );
  const groupsByRoot = new Map<number, Group>();
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i]!;
    if (o.tokens.length <= 1) continue;
    const root = multiRoot.get(o.compact)!;
    const g = groupsByRoot.get(root);
    if (g) g.occurrences.push(o);
    else groupsByRoot.set(root, newGroup(o));
  }
  const fullGroups = [...groupsByRoot.values()];
  // Organisations are not referred to by their last word ("Analysts" is no "Defense Analyses").
  // Nor is "Sudan" short for "South Sudan", nor "York" for "New York".
  const targets = fullGroups.filter((g) => !g.occurrences.some((o) => o.kind === 'organisation' || COMPASS_WORDS.has(o.tokens[0]!)));
  const bySurname = new Map<string, Group[]>();
  /** Surnames as the full names write them (not taken on from linked lone forms). */
  const original = new Map<string, Group[]>();
  // Surname keys are bucketed by their first sound so a lone surname is compared with few keys.
  const buckets = new Map<string, string[]>();
  let surnameVersion = 0;
  const bucketOf = (key: string): string[] => {
    const b = lengthBlock(key)[0]!;
    let list = buckets.get(b);
    if (!list) buckets.set(b, (list = []));
    return list;
  };
  const addSurname = (g: Group, key: string): void => {
    if (g.surnames.has(key)) return;
    g.surnames.add(key);
    const list = bySurname.get(key);
    if (list) list.push(g);
    else {
      bySurname.set(key, [g]);
      bucketOf(key).push(key);
      surnameVersion++;
    }
  };
  for (const g of targets) {
    for (let i = 0; i < g.occurrences.length; i++) {
      const o = g.occurrences[i]!;
      const key = surnameToken(o.tokens);
      if (!g.surnames.has(key)) original.set(key, [...(original.get(key) ?? []), g]);
      addSurname(g, key);
    }
  }

  // 2. Lone surnames, in reading order; each surname comparison is made once.
  // Per key: the buckets it probes (made once) and how far into each it has been compared.
  const fuzzyCache = new Map<string, { probes: readonly string[]; checked: number[]; similar: string[]; version: number }>();
  const similarSurnames = (key: string): string[] => {
    let hit = fuzzyCache.get(key);
    if (!hit) fuzzyCache.set(key, (hit = { probes: lengthProbes(key), checked: [0, 0, 0, 0, 0], similar: [], version: -1 }));
    if (hit.version === surnameVersion) return hit.similar;
    hit.version = surnameVersion;
    for (let p = 0; p < hit.probes.length; p++) {
      const bucket = buckets.get(hit.probes[p]!);
      if (!bucket) continue;
      let i = hit.checked[p]!;
      for (; i < bucket.length; i++) {
        const s = bucket[i]!;
        if (s !== key && surnameSimilar(s, key)) hit.similar.push(s);
      }
      hit.checked[p] = i;
    }
    return hit.similar;
  };
  const unlinked: Occurrence[] = [];
  const ambiguousKeys = new Set<string>();
  // One set of sources for every lone surname (not an object and a closure per mention).
  const sources: CandidateSources = { original, bySurname, similar: similarSurnames };
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i]!;
    if (o.tokens.length !== 1) continue;
    const candidates = surnameCandidates(o, sources);
    const chosen = choose(o, candidates);
    if (chosen) {
      chosen.occurrences.push(o);
      chosen.shortCount++;
      addSurname(chosen, o.compact);
    } else {
      if (candidates.length > 1) ambiguousKeys.add(o.compact);
      unlinked.push(o);
    }
  }

  // 3. Remaining one-word forms.
  const singleRoot = groupKeys(
    [...new Set(unlinked.map((o) => o.compact))],
    lengthBlock,
    tokensSimilar,
    lengthProbes,
  );
  const singleGroups = new Map<number, Group>();
  for (let i = 0; i < unlinked.length; i++) {
    const o = unlinked[i]!;
    const root = singleRoot.get(o.compact)!;
    const g = singleGroups.get(root);
    if (g) g.occurrences.push(o);
    else singleGroups.set(root, newGroup(o));
  }
  // A group seen only at sentence starts is kept when it is itself two spellings of a word that
  // the article never writes in lower case ("Gazprom said ... Gasprom said"): common words
  // ("Officials ... Official") do turn up in lower case somewhere.
  const confirmed = [...singleGroups.values()].filter((g) => g.occurrences.some((o) => !o.mention.weak) ||
    (new Set(g.occurrences.map((o) => o.text)).size > 1 && !g.occurrences.some((o) => usedInLowerCase(o.text.toLowerCase()))));
  for (const g of confirmed) if (g.occurrences.some((o) => ambiguousKeys.has(o.compact))) g.ambiguous = true;

  const all = [...fullGroups, ...confirmed];
  for (const g of all) {
    // Only a person's lone surnames join out of reading order: most lists need no sort (and a
    // sort copies its array).
    if (!inReadingOrder(g.occurrences)) g.occurrences.sort((a, b) => a.start - b.start);
    g.first = g.occurrences[0]!.start;
  }
  return all.sort((a, b) => a.first - b.first);
}

function inReadingOrder(occurrences: readonly Occurrence[]): boolean {
  for (let i = 1; i < occurrences.length; i++) if (occurrences[i - 1]!.start > occurrences[i]!.start) return false;
  return true;
}

interface CandidateSources {
  /** People by surname key as their full names write it. */
  original: ReadonlyMap<string, readonly Group[]>;
  /** People by every surname key they have been called by so far. */
  bySurname: ReadonlyMap<string, readonly Group[]>;
  /** The surname keys (in bySurname) similar to a key. */
  similar: (key: string) => readonly string[];
}

const NO_GROUPS: readonly Group[] = [];

/** The groups introduced before `start`; the list itself (or none) in the usual one-person case. */
function earlierThan(gs: readonly Group[], start: number): readonly Group[] {
  // Most lone words (places, organisations) have no one under their key: no empty array for them.
  if (gs.length === 0) return NO_GROUPS;
  if (gs.length === 1) return gs[0]!.first < start ? gs : NO_GROUPS;
  return gs.filter((g) => g.first < start);
}

/**
 * The distinct groups introduced before `start` under any of the surname keys (only those
 * whose loose form is `looseKey`, when given), in order. Made with plain loops: this runs for
 * every lone mention of a place or organisation, which no tier before it links.
 */
function earlierGroupsOf(keys: readonly string[], bySurname: CandidateSources['bySurname'], start: number, looseKey: string | undefined): readonly Group[] {
  let out: Group[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (looseKey !== undefined && loose(key) !== looseKey) continue;
    const groups = bySurname.get(key)!;
    for (let j = 0; j < groups.length; j++) {
      const g = groups[j]!;
      if (g.first < start && !out?.includes(g)) (out ??= []).push(g);
    }
  }
  return out ?? NO_GROUPS;
}

/**
 * Who a lone surname may mean, most likely first tier that has anyone:
 * 1. someone introduced earlier whose full name has exactly this surname;
 * 2. someone earlier already called by exactly this form;
 * 3. someone earlier whose surname is this one in another romanisation (Sikorsky/Sikorski);
 * 4. someone introduced LATER with exactly this surname, if only one (a lede before the
 *    full name; and "Schulz" is Martin Schulz, not a misspelt Scholz);
 * 5. someone earlier whose surname is a near spelling (a typo: Mertz for Merz).
 */
function surnameCandidates(o: Occurrence, src: CandidateSources): readonly Group[] {
  const original = src.original.get(o.compact) ?? NO_GROUPS;
  let c = earlierThan(original, o.start);
  if (c.length > 0) return c;
  c = earlierThan(src.bySurname.get(o.compact) ?? NO_GROUPS, o.start);
  if (c.length > 0) return c;
  const similar = src.similar(o.compact);
  if (similar.length > 0) {
    c = earlierGroupsOf(similar, src.bySurname, o.start, loose(o.compact));
    if (c.length > 0) return c;
  }
  if (original.length === 1) return original;
  if (similar.length > 0) return earlierGroupsOf(similar, src.bySurname, o.start, undefined);
  return NO_GROUPS;
}

/**
 * A lone surname against the surname of someone already introduced may differ by one typed
 * letter even where sound-alike codes disagree ("Mertz" for "Merz"); exact matches are tried
 * first, so a second, correctly spelled person ("Schulz" beside "Scholz") still wins.
 */
function surnameSimilar(a: string, b: string): boolean {
  if (tokensSimilar(a, b)) return true;
  return Math.max(a.length, b.length) >= 4 && Math.min(a.length, b.length) >= 4 && a[0] === b[0] && distance(a, b) <= 1;
}

/** Pick the person a lone surname refers to, or none when it is ambiguous. */
function choose(o: Occurrence, candidates: readonly Group[]): Group | undefined {
  if (candidates.length <= 1) return candidates[0];
  const title = titleWord(o.mention.title);
  if (title) {
    const sameTitle = candidates.filter((g) => g.occurrences.some((x) => titleWord(x.mention.title) === title));
    if (sameTitle.length === 1) return sameTitle[0];
    if (sameTitle.length > 1) candidates = sameTitle;
  }
  // The one already referred to by surname alone is the one the writer means by it.
  const best = Math.max(...candidates.map((g) => g.shortCount));
  const top = candidates.filter((g) => g.shortCount === best);
  return best > 0 && top.length === 1 ? top[0] : undefined;
}

export function groupKind(g: Group): EntityKind {
  const votes: Record<EntityKind, number> = { person: 0, place: 0, organisation: 0, unknown: 0 };
  // An indexed loop: it reads every mention of the article, and for-of makes an iterator result
  // per element until the function is optimised.
  for (let i = 0; i < g.occurrences.length; i++) {
    const o = g.occurrences[i]!;
    // "Paul Ferreira said": a two- or three-word name doing what people do.
    const acts = o.kind === 'unknown' && o.tokens.length >= 2 && o.tokens.length <= 4 && !o.mention.possessive &&
      SPEECH_VERBS.has(o.mention.after ?? '') && !COMPASS_WORDS.has(o.tokens[0]!);
    votes[acts ? 'person' : o.kind]++;
  }
  if (votes.person > 0 && votes.person >= votes.organisation) return 'person';
  if (votes.organisation > 0 && votes.organisation >= votes.place) return 'organisation';
  if (votes.place > 0) return 'place';
  return g.shortCount > 0 ? 'person' : 'unknown';
}


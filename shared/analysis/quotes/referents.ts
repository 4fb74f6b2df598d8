/**
 * The article's people and organisations as the quotes checker sees them: each with every place
 * it is named, its fullest written form, its jobs and what the text says of its gender. Built
 * from the names checker's entities when the engine provides them; without entities (a checker
 * run on its own) a surname is linked to the full name that ends with it.
 *
 * `decide` runs after every edit, so building referents is cheap (offsets and forms only) and
 * reading the words around a mention (describeMention) happens only when a pronoun or a title
 * needs that person, memoised per paragraph: see mentionContext.ts.
 */
import { getGender } from 'gender-detection-from-name';
import { EAST_ASIAN_SURNAMES } from '../names/lexicon.ts';
import type { Doc } from '../doc.ts';
import { countStartingBefore } from '../sorted.ts';
import type { Entity, EntityKind } from '../types.ts';
import { describeAt, genderAround, genderKey, memoOf, paragraphMentions, readGender } from './mentionContext.ts';
import type { MemoHolder, ParagraphMemo } from './mentionContext.ts';
import type { Gender, PersonMention } from './people.ts';

/** One mention inside one paragraph (mentions running over a paragraph break are not read). */
export interface Site {
  /** Absolute offsets. */
  absStart: number;
  absEnd: number;
  paragraph: number;
  text: string;
  kind: EntityKind;
  /** Already described (the mention finder's path); otherwise described on demand. */
  described?: PersonMention;
}

/** The jobs the text gives a referent at its mentions, joined; read on first need. */
interface Profile {
  roles: string;
}

export interface Referent {
  kind: EntityKind;
  forms: string[];
  /** The words of each form, for fullestForm. */
  formWords: readonly (readonly string[])[];
  /** Absolute ranges of every mention, ordered by start. */
  ranges: readonly (readonly [number, number])[];
  /** The ranges do not overlap each other, so a binary search finds the one at an offset. */
  disjoint: boolean;
  /** Sites made so far, by range index; null where a mention runs over a paragraph break. */
  sites: (Site | null | undefined)[];
  /** Some mention was found as a person by the mention finder (its path only). */
  personMention: boolean;
  profile?: Profile;
  /** isPersonLike's answer, this decide. */
  personLike?: boolean;
  /** fullestForm's answers by hint ('' for none), this decide. */
  fullest?: Map<string, string>;
  /** The first gender cue among the sites, read so far up to range `genderScanned`. */
  genderCue?: Gender;
  genderScanned: number;
}

/** Everything resolution needs to read mentions on demand. */
export interface Referents {
  list: Referent[];
  doc: Doc;
  /** Per-paragraph scan facts: the memo of described mentions hangs off each. */
  facts: readonly MemoHolder[];
  /** Each paragraph's memo, once looked up (preallocated: filled out of order, a sparse array would turn slow). */
  memos: (ParagraphMemo | undefined)[];
  /** Every referent's mentions in one ordered list, made on first need. */
  index?: MentionIndex;
}

/**
 * All mentions of all referents, ordered by start (equal starts: entity order), so that "who is
 * named here" and "who was named last before here" are one binary search and a short walk
 * instead of a search per referent for every quote.
 */
interface MentionIndex {
  starts: Float64Array;
  ends: Float64Array;
  /** Index in `list` of the referent each mention belongs to. */
  owners: Int32Array;
  /** The longest mention: no range starting further back than this can reach an offset. */
  longest: number;
  /** namedSince's marks: `seenAt[owner] === stamp` once the owner is met in the current walk. */
  seenAt: Int32Array;
  stamp: number;
  /** namedSince's answer, reused from call to call. */
  named?: NamedSince;
}

function mentionIndex(refs: Referents): MentionIndex {
  if (refs.index) return refs.index;
  const n = refs.list.length;
  let total = 0;
  for (const r of refs.list) total += r.ranges.length;
  // start × n + owner sorts by start, then entity order, as plain numbers. Each referent's
  // ranges are ordered by start, so the keys come as one ascending run per referent: merged
  // (sorted outright should a referent's ranges ever come unordered).
  let keys = new Float64Array(total);
  const runEnds: number[] = [];
  let ordered = true;
  let k = 0;
  for (let owner = 0; owner < n; owner++) {
    const ranges = refs.list[owner]!.ranges;
    const first = k;
    for (let m = 0; m < ranges.length; m++) {
      keys[k] = ranges[m]![0] * n + owner;
      if (k > first && keys[k]! < keys[k - 1]!) ordered = false;
      k++;
    }
    if (ranges.length > 0) runEnds.push(k);
  }
  if (ordered) keys = mergeRuns(keys, runEnds);
  else keys.sort();
  const starts = new Float64Array(total);
  const ends = new Float64Array(total);
  const owners = new Int32Array(total);
  // Each referent's ranges are ordered by start, so they come out of the sort in their own order.
  const next = new Int32Array(n);
  let longest = 0;
  for (let j = 0; j < total; j++) {
    const key = keys[j]!;
    const s = Math.floor(key / n);
    const owner = key - s * n;
    const t = refs.list[owner]!.ranges[next[owner]!++]![1];
    starts[j] = s;
    ends[j] = t;
    owners[j] = owner;
    if (t - s > longest) longest = t - s;
  }
  refs.index = { starts, ends, owners, longest, seenAt: new Int32Array(n), stamp: 0 };
  return refs.index;
}

/**
 * `keys` in ascending order, given that it is made of ascending runs ending at `runEnds`:
 * neighbouring runs merged pass after pass (a few passes for an article's few dozen referents,
 * where a full sort would compare every key afresh). May return a new array.
 */
function mergeRuns(keys: Float64Array<ArrayBuffer>, runEnds: number[]): Float64Array<ArrayBuffer> {
  let from = keys;
  let to = new Float64Array(keys.length);
  let ends = runEnds;
  while (ends.length > 1) {
    const merged: number[] = [];
    let start = 0;
    for (let r = 0; r < ends.length; r += 2) {
      const mid = ends[r]!;
      const end = r + 1 < ends.length ? ends[r + 1]! : mid;
      let a = start;
      let b = mid;
      let o = start;
      while (a < mid && b < end) {
        const x = from[a]!;
        const y = from[b]!;
        if (y < x) {
          to[o++] = y;
          b++;
        } else {
          to[o++] = x;
          a++;
        }
      }
      while (a < mid) to[o++] = from[a++]!;
      while (b < end) to[o++] = from[b++]!;
      merged.push(end);
      start = end;
    }
    const merged2 = to;
    to = from;
    from = merged2;
    ends = merged;
  }
  return from;
}

/** Index of the last entry starting before `at`, or -1. */
function lastIndexedBefore(starts: Float64Array, at: number): number {
  return countStartingBefore(starts.length, (i) => starts[i]!, at) - 1;
}

/**
 * namedSince's answer: `count` referents (indexes in `list`) and the start of each one's last
 * mention before the anchor. The arrays belong to the article's mention index and are
 * overwritten by the next call: read them before asking again.
 */
export interface NamedSince {
  owners: Int32Array;
  last: Float64Array;
  count: number;
}

/**
 * The referents named at or after `horizon` and before `anchor`, each with the start of its last
 * mention before `anchor`: the most recent first, equal positions in entity order.
 */
export function namedSince(refs: Referents, horizon: number, anchor: number): NamedSince {
  const index = mentionIndex(refs);
  const { starts, owners, seenAt } = index;
  const named = (index.named ??= { owners: new Int32Array(refs.list.length), last: new Float64Array(refs.list.length), count: 0 });
  const stamp = ++index.stamp;
  let count = 0;
  // Walking back over the index meets the mentions latest first, equal starts in reverse entity
  // order (the index orders them by start, then entity): each run of equal starts is turned
  // round afterwards, so no sort and no object per referent is needed.
  let tieFrom = 0;
  for (let j = lastIndexedBefore(starts, anchor); j >= 0 && starts[j]! >= horizon; j--) {
    const owner = owners[j]!;
    if (seenAt[owner] === stamp) continue;
    seenAt[owner] = stamp;
    const last = starts[j]!;
    if (count > 0 && named.last[count - 1] !== last) {
      reverseRange(named, tieFrom, count);
      tieFrom = count;
    }
    named.owners[count] = owner;
    named.last[count] = last;
    count++;
  }
  reverseRange(named, tieFrom, count);
  named.count = count;
  return named;
}

/** Reverse entries [from, to) of a namedSince answer (both arrays). */
function reverseRange(named: NamedSince, from: number, to: number): void {
  for (let a = from, b = to - 1; a < b; a++, b--) {
    const owner = named.owners[a]!;
    named.owners[a] = named.owners[b]!;
    named.owners[b] = owner;
    const last = named.last[a]!;
    named.last[a] = named.last[b]!;
    named.last[b] = last;
  }
}

/** The memo of paragraph `i` (looked up once per decide). */
export function paragraphMemo(refs: Referents, i: number): ParagraphMemo {
  return (refs.memos[i] ??= memoOf(refs.facts[i]!));
}

const COLLECTIVE_ROLE = /\b(?:company|firm|group|organi[sz]ation|agency|party|movement|operator|union|association|ministry|government|authority|network|bank|charity|club|council|committee)(?:;|$)/u;

// The same forms and hints come back decide after decide; their words are remembered (bounded).
// The arrays are shared: read them, never change them.
const TOKENS = new Map<string, readonly string[]>();

function tokens(s: string): readonly string[] {
  let words = TOKENS.get(s);
  if (!words) {
    words = s.split(/\s+/u).filter(Boolean);
    if (TOKENS.size > 5000) TOKENS.clear();
    TOKENS.set(s, words);
  }
  return words;
}

/** "Yun Seok-yeol", "Kim Jong Un": surname first, so the first word is no given name. */
function surnameFirst(words: readonly string[]): boolean {
  return words.length >= 2 && EAST_ASIAN_SURNAMES.has(words[0]!.toLowerCase());
}

// getGender is a dictionary look-up over several languages; a name's answer never changes.
const GIVEN_NAME_GENDER = new Map<string, Gender | undefined>();

function givenNameGender(words: readonly string[]): Gender | undefined {
  if (words.length < 2 || surnameFirst(words)) return undefined;
  const first = words[0]!;
  if (GIVEN_NAME_GENDER.has(first)) return GIVEN_NAME_GENDER.get(first);
  const g = getGender(first);
  const gender = g === 'unknown' ? undefined : g;
  if (GIVEN_NAME_GENDER.size > 5000) GIVEN_NAME_GENDER.clear();
  GIVEN_NAME_GENDER.set(first, gender);
  return gender;
}

/** The given name's usual gender, from the first form that has a recognisable one. */
export function nameGenderOf(r: Referent): Gender | undefined {
  for (const ws of r.formWords) {
    const g = givenNameGender(ws);
    if (g) return g;
  }
  return undefined;
}

export function describeSite(refs: Referents, site: Site): PersonMention {
  if (site.described) return site.described;
  const p = refs.doc.paragraphs[site.paragraph]!;
  return describeAt(paragraphMemo(refs, site.paragraph), p.text, site.absStart - p.start, site.absEnd - p.start, site.text, site.kind);
}

/** The gender the text gives at one site: the words before the name, or all around it when a comma is beside it. */
function genderAt(refs: Referents, site: Site): Gender | undefined {
  if (site.described) return site.described.gender;
  const p = refs.doc.paragraphs[site.paragraph]!;
  return genderAround(paragraphMemo(refs, site.paragraph), p.text, site.absStart - p.start, site.absEnd - p.start, site.text, site.kind);
}

/**
 * The first gender the text gives this referent (a title, "spokeswoman", "daughter"). A place
 * or a person with no cue has every mention read, so the walk makes no Site objects: it keeps
 * a paragraph cursor (the ranges are ordered) and asks the paragraph's memo directly.
 */
export function genderOfReferent(refs: Referents, r: Referent): Gender | undefined {
  const paragraphs = refs.doc.paragraphs;
  let i = -1;
  while (r.genderCue === undefined && r.genderScanned < r.ranges.length) {
    const k = r.genderScanned++;
    const known = r.sites[k];
    if (known !== undefined) {
      if (known) r.genderCue = genderAt(refs, known);
      continue;
    }
    const range = r.ranges[k]!;
    const s = range[0];
    const t = range[1];
    if (i < 0 || paragraphs[i]!.start > s) i = paragraphAt(refs.doc, s);
    else while (i + 1 < paragraphs.length && paragraphs[i + 1]!.start <= s) i++;
    const p = paragraphs[i];
    if (!p || t > p.end) {
      r.sites[k] = null;
      continue;
    }
    const memo = paragraphMemo(refs, i);
    const key = genderKey(p.text, s - p.start, t - p.start);
    const known2 = memo.genders.get(key);
    // The mention's words are cut out only if the full reading needs them (readGender).
    r.genderCue = known2 !== undefined ? known2 ?? undefined : readGender(memo, p.text, s - p.start, t - p.start, undefined, r.kind, key);
  }
  return r.genderCue;
}

/** Every job the text gives the referent, joined (reads all its mentions; once per decide). */
export function profileOf(refs: Referents, r: Referent): Profile {
  r.profile ??= { roles: sitesOf(refs, r).map((s) => describeSite(refs, s).role).filter(Boolean).join('; ') };
  return r.profile;
}

/**
 * Whether the referent reads as a person. The names checker's kind settles it for people and
 * organisations; for places and unknowns the text's evidence is read, cheapest first:
 * a person's name or gender, then (for unknowns) a surname-first name or any job, and only
 * then, to rule out a body ("The company, Northway Logistics,"), every job it is given.
 */
export function isPersonLike(refs: Referents, r: Referent): boolean {
  r.personLike ??= readsAsPerson(refs, r);
  return r.personLike;
}

function readsAsPerson(refs: Referents, r: Referent): boolean {
  if (r.kind === 'person') return true;
  if (r.kind === 'organisation') return false;
  const evidence = r.personMention || nameGenderOf(r) !== undefined || genderOfReferent(refs, r) !== undefined;
  if (!evidence) {
    // A given name or a title outweighs a guess of "place" ("put it to Brightwater").
    if (r.kind === 'place') return false;
    const multiWord = r.formWords.some((ws) => ws.length >= 2);
    if (!r.formWords.some(surnameFirst) && !(multiWord && profileOf(refs, r).roles !== '')) return false;
  }
  return !COLLECTIVE_ROLE.test(profileOf(refs, r).roles);
}

/** The paragraph holding an absolute offset (binary search over the ordered paragraphs). */
function paragraphAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The site of range `k`: made on first need (paragraph, text), null if it runs over a paragraph break. */
export function siteOf(refs: Referents, r: Referent, k: number): Site | null {
  let site = r.sites[k];
  if (site === undefined) {
    const [s, t] = r.ranges[k]!;
    const i = paragraphAt(refs.doc, s);
    const p = refs.doc.paragraphs[i];
    site = !p || t > p.end ? null : { absStart: s, absEnd: t, paragraph: i, text: refs.doc.text.slice(s, t), kind: r.kind };
    r.sites[k] = site;
  }
  return site;
}

/** Every site of the referent, in text order. */
export function sitesOf(refs: Referents, r: Referent): Site[] {
  const out: Site[] = [];
  for (let k = 0; k < r.ranges.length; k++) {
    const site = siteOf(refs, r, k);
    if (site) out.push(site);
  }
  return out;
}

function isSorted(ranges: readonly (readonly [number, number])[]): boolean {
  for (let k = 1; k < ranges.length; k++) if (ranges[k]![0] < ranges[k - 1]![0]) return false;
  return true;
}

function makeReferent(kind: EntityKind, forms: string[], ranges: readonly (readonly [number, number])[], sites: (Site | null | undefined)[] = []): Referent {
  let disjoint = true;
  for (let k = 1; k < ranges.length && disjoint; k++) if (ranges[k]![0] < ranges[k - 1]![1]) disjoint = false;
  const personMention = sites.some((m) => m?.kind === 'person');
  return { kind, forms, formWords: forms.map(tokens), ranges, disjoint, sites, personMention, genderScanned: 0 };
}

/**
 * People and organisations from the names checker's entities (the engine's path); without them
 * (the checker run on its own) from the mention finder, linking a surname to its full name.
 * From entities this is cheap — forms and offsets; a mention's paragraph and words are looked at
 * only when resolution needs them.
 */
export function buildReferents(doc: Doc, entities: readonly Entity[], facts: readonly MemoHolder[]): Referents {
  if (entities.length === 0) {
    const sites: Site[] = [];
    doc.paragraphs.forEach((p, i) => {
      for (const m of paragraphMentions(facts[i]!, p.text)) {
        sites.push({ absStart: p.start + m.start, absEnd: p.start + m.end, paragraph: i, text: m.text, kind: m.kind, described: m });
      }
    });
    return { list: byLinking(sites), doc, facts, memos: new Array<ParagraphMemo | undefined>(doc.paragraphs.length) };
  }
  const list: Referent[] = [];
  for (const e of entities) {
    // The names checker lists mentions in text order; sort a copy if ever it does not.
    const ranges = isSorted(e.mentions) ? e.mentions : [...e.mentions].sort((a, b) => a[0] - b[0]);
    const forms = e.variants?.map((v) => v.text) ?? [e.name];
    if (!forms.includes(e.name)) forms.push(e.name);
    list.push(makeReferent(e.kind, forms, ranges));
  }
  return { list, doc, facts, memos: new Array<ParagraphMemo | undefined>(doc.paragraphs.length) };
}

/** Without entities: a mention joins the earlier referent whose full name contains all its words. */
function byLinking(sites: readonly Site[]): Referent[] {
  const groups: { kind: EntityKind; forms: string[]; sites: Site[] }[] = [];
  for (const m of sites) {
    const ws = tokens(m.text);
    const home = groups.find((r) => r.forms.some((f) => {
      const fw = tokens(f);
      return fw.length > ws.length && ws.every((w) => fw.includes(w));
    }) || r.forms.includes(m.text));
    if (home) {
      home.sites.push(m);
      if (!home.forms.includes(m.text)) home.forms.push(m.text);
      // A lone surname's own guess ("to Brightwater" reads like a place) does not retype a person.
      if (home.kind === 'unknown' && (m.kind === 'person' || ws.length >= 2)) home.kind = m.kind;
      continue;
    }
    if (m.described?.weak) continue;
    groups.push({ kind: m.kind, forms: [m.text], sites: [m] });
  }
  // Sites come in text order, so ranges are ordered too.
  return groups.map((g) => makeReferent(g.kind, g.forms, g.sites.map((m) => [m.absStart, m.absEnd] as const), g.sites));
}

/**
 * The fullest form of a referent: the form with the most words; among equals, one that shares
 * a word with `hint` (the form used at the quote: "Yun" → "Yun Seok-yeol", not "Yoon Seok-yeol").
 */
export function fullestForm(r: Referent, hint?: string): string {
  r.fullest ??= new Map();
  let form = r.fullest.get(hint ?? '');
  if (form === undefined) {
    form = fullestFormHinted(r, hint);
    r.fullest.set(hint ?? '', form);
  }
  return form;
}

function fullestFormHinted(r: Referent, hint?: string): string {
  const hintWords = hint ? tokens(hint) : [];
  let best = r.forms[0]!;
  let bestScore = -1;
  r.formWords.forEach((ws, i) => {
    const score = ws.length * 100 + (hintWords.length && ws.some((w) => hintWords.includes(w)) ? 10 : 0) - Math.min(i, 9);
    if (score > bestScore) {
      best = r.forms[i]!;
      bestScore = score;
    }
  });
  return best;
}

/** Index of the last range starting before `at`, or -1. */
function lastStartingBefore(ranges: readonly (readonly [number, number])[], at: number): number {
  return countStartingBefore(ranges.length, (i) => ranges[i]![0], at) - 1;
}

/** The first referent (in entity order) with a mention overlapping [start, end). */
export function referentAt(refs: Referents, start: number, end: number): Referent | undefined {
  const { starts, ends, owners, longest } = mentionIndex(refs);
  let best = -1;
  for (let j = lastIndexedBefore(starts, end); j >= 0 && starts[j]! + longest > start; j--) {
    if (ends[j]! > start && (best < 0 || owners[j]! < best)) best = owners[j]!;
  }
  return best < 0 ? undefined : refs.list[best];
}

/** Start of the referent's last mention before `anchor`, or -1. */
export function lastMentionBefore(r: Referent, anchor: number): number {
  if (!r.disjoint) {
    let best = -1;
    for (const [s] of r.ranges) if (s < anchor && s > best) best = s;
    return best;
  }
  const k = lastStartingBefore(r.ranges, anchor);
  return k >= 0 ? r.ranges[k]![0] : -1;
}

/** The referent is named inside [start, end) (a quote naming someone is not theirs). */
export function mentionedInside(r: Referent, start: number, end: number): boolean {
  if (!r.disjoint) return r.ranges.some(([s, t]) => s >= start && t <= end);
  const k = lastStartingBefore(r.ranges, start) + 1;
  return k < r.ranges.length && r.ranges[k]![1] <= end;
}

/** The site of the referent's last mention before `anchor` (within a paragraph), if any. */
export function lastSiteBefore(refs: Referents, r: Referent, anchor: number): Site | undefined {
  for (let k = lastStartingBefore(r.ranges, anchor); k >= 0; k--) {
    const site = siteOf(refs, r, k);
    if (site) return site;
  }
  return undefined;
}

/**
 * The article's people and organisations as the quotes checker sees them: each with every place
 * it is named, its fullest written form, its jobs and what the text says of its gender. Built
 * from the names checker's entities when the engine provides them; without entities (a checker
 * run on its own) a surname is linked to the full name that ends with it.
 */
import { getGender } from 'gender-detection-from-name';
import { EAST_ASIAN_SURNAMES } from '../names/lexicon.ts';
import type { Doc } from '../doc.ts';
import type { Entity, EntityKind } from '../types.ts';
import { describeMention, findPeople } from './people.ts';
import type { Gender, PersonMention } from './people.ts';

export interface Placed extends PersonMention {
  /** Absolute offsets. */
  absStart: number;
  absEnd: number;
}

export interface Referent {
  kind: EntityKind;
  forms: string[];
  mentions: Placed[];
  /** Absolute ranges of every mention, including ones the quotes scan did not see. */
  ranges: [number, number][];
  roles: string;
  /** From the text itself (title, "spokeswoman", "daughter"). */
  gender?: Gender;
  /** From the given name alone: a weaker hint. */
  nameGender?: Gender;
  personLike: boolean;
}

const COLLECTIVE_ROLE = /\b(?:company|firm|group|organi[sz]ation|agency|party|movement|operator|union|association|ministry|government|authority|network|bank|charity|club|council|committee)(?:;|$)/u;

const tokens = (s: string): string[] => s.split(/\s+/u).filter(Boolean);

/** "Yun Seok-yeol", "Kim Jong Un": surname first, so the first word is no given name. */
function surnameFirst(form: string): boolean {
  const ws = tokens(form);
  return ws.length >= 2 && EAST_ASIAN_SURNAMES.has(ws[0]!.toLowerCase());
}

function givenNameGender(form: string): Gender | undefined {
  const ws = tokens(form);
  if (ws.length < 2 || surnameFirst(form)) return undefined;
  const g = getGender(ws[0]!);
  return g === 'unknown' ? undefined : g;
}

function finish(r: Referent): Referent {
  r.roles = r.mentions.map((m) => m.role).filter(Boolean).join('; ');
  for (const m of r.mentions) if (m.gender && !r.gender) r.gender = m.gender;
  for (const f of r.forms) {
    const g = givenNameGender(f);
    if (g) {
      r.nameGender = g;
      break;
    }
  }
  const multiWord = r.forms.some((f) => tokens(f).length >= 2);
  // "The company, Northway Logistics,": a body, whatever its name looks like.
  const body = COLLECTIVE_ROLE.test(r.roles);
  const personEvidence = r.gender !== undefined || r.nameGender !== undefined || r.mentions.some((m) => m.kind === 'person');
  r.personLike =
    r.kind === 'person' ||
    (r.kind !== 'organisation' && !body &&
      // A given name or a title outweighs a guess of "place" ("put it to Brightwater").
      (personEvidence || (r.kind !== 'place' && (r.forms.some(surnameFirst) || (multiWord && r.roles !== '')))));
  return r;
}

function placedMentions(doc: Doc, people: readonly (readonly PersonMention[])[]): Placed[] {
  const out: Placed[] = [];
  doc.paragraphs.forEach((p, i) => {
    for (const m of people[i] ?? []) out.push({ ...m, absStart: p.start + m.start, absEnd: p.start + m.end });
  });
  return out;
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

/**
 * People and organisations from the names checker's entities (the engine's path); without them
 * (the checker run on its own) from the mention finder, linking a surname to its full name.
 */
export function buildReferents(doc: Doc, entities: readonly Entity[]): Referent[] {
  if (entities.length === 0) return byLinking(placedMentions(doc, doc.paragraphs.map((p) => findPeople(p.text))));
  const referents: Referent[] = [];
  for (const e of entities) {
    const ranges = e.mentions.map(([s, t]) => [s, t] as [number, number]);
    const mine: Placed[] = [];
    for (const [s, t] of ranges) {
      const p = doc.paragraphs[paragraphAt(doc, s)];
      if (!p || t > p.end) continue;
      const m = describeMention(p.text, { start: s - p.start, end: t - p.start, text: doc.text.slice(s, t), kind: e.kind });
      mine.push({ ...m, absStart: s, absEnd: t });
    }
    const forms = e.variants?.map((v) => v.text) ?? [e.name];
    if (!forms.includes(e.name)) forms.push(e.name);
    referents.push(finish({ kind: e.kind, forms, mentions: mine, ranges, roles: '', personLike: false }));
  }
  return referents;
}

/** Without entities: a mention joins the earlier referent whose full name contains all its words. */
function byLinking(placed: readonly Placed[]): Referent[] {
  const referents: Referent[] = [];
  for (const m of placed) {
    const ws = tokens(m.text);
    const home = referents.find((r) => r.forms.some((f) => {
      const fw = tokens(f);
      return fw.length > ws.length && ws.every((w) => fw.includes(w));
    }) || r.forms.includes(m.text));
    if (home) {
      home.mentions.push(m);
      home.ranges.push([m.absStart, m.absEnd]);
      if (!home.forms.includes(m.text)) home.forms.push(m.text);
      // A lone surname's own guess ("to Brightwater" reads like a place) does not retype a person.
      if (home.kind === 'unknown' && (m.kind === 'person' || tokens(m.text).length >= 2)) home.kind = m.kind;
      continue;
    }
    if (m.weak) continue;
    referents.push({ kind: m.kind, forms: [m.text], mentions: [m], ranges: [[m.absStart, m.absEnd]], roles: '', personLike: false });
  }
  return referents.map(finish);
}

/**
 * The fullest form of a referent: the form with the most words; among equals, one that shares
 * a word with `hint` (the form used at the quote: "Yun" → "Yun Seok-yeol", not "Yoon Seok-yeol").
 */
export function fullestForm(r: Referent, hint?: string): string {
  const hintWords = hint ? new Set(tokens(hint)) : new Set<string>();
  let best = r.forms[0]!;
  let bestScore = -1;
  r.forms.forEach((f, i) => {
    const ws = tokens(f);
    const score = ws.length * 100 + (ws.some((w) => hintWords.has(w)) ? 10 : 0) - Math.min(i, 9);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  });
  return best;
}

export function referentAt(referents: readonly Referent[], start: number, end: number): Referent | undefined {
  return referents.find((r) => r.ranges.some(([s, t]) => start < t && s < end));
}

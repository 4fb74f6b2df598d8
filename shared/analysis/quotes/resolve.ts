/**
 * From a written reference ("Yun", "he", "the minister") to the speaker's fullest name.
 * Never guesses: when no one in the text fits, the speaker is null.
 */
import { DEMONYMS, TITLES, TITLE_MODIFIERS } from '../names/lexicon.ts';
import type { SpeakerRef } from './subject.ts';
import { describeSite, fullestForm, genderOfReferent, isPersonLike, lastMentionBefore, lastSiteBefore, mentionedInside, namedSince, nameGenderOf, paragraphMemo, profileOf, referentAt, sitesOf } from './referents.ts';
import type { Referent, Referents } from './referents.ts';
import { lowerParagraph } from './mentionContext.ts';

export interface ResolveContext {
  text: string;
  referents: Referents;
  /** Absolute span of the quoted words (people named inside a quote are not its speaker). */
  quoteStart: number;
  quoteEnd: number;
  /** Absolute offset the reference is read from: people must be named before it. */
  anchor: number;
  /** How far back a pronoun may reach (absolute offset). */
  horizon: number;
}

// Nouns for a body rather than a person: "the group said" is the last organisation named.
const COLLECTIVE = new Set(('group organisation organization movement company firm party union agency ' +
  'association alliance coalition militia network campaign club charity bank council committee ' +
  'department ministry embassy government office authority board federation institute trust').split(' '));

const isTitleWord = (w: string): boolean => {
  const l = w.toLowerCase();
  return TITLES.has(l) || TITLE_MODIFIERS.has(l) || DEMONYMS.has(l);
};

// The same names come back quote after quote; their bare forms are remembered (bounded).
const BARE = new Map<string, string>();

function stripTitles(name: string): string {
  let bare = BARE.get(name);
  if (bare === undefined) {
    const ws = name.split(/\s+/u);
    while (ws.length > 1 && isTitleWord(ws[0]!)) ws.shift();
    bare = ws.join(' ');
    if (BARE.size > 5000) BARE.clear();
    BARE.set(name, bare);
  }
  return bare;
}

/** The fullest form, hinted by the form the text used last before `anchor`. */
function formNear(refs: Referents, r: Referent, anchor: number): string {
  return fullestForm(r, lastSiteBefore(refs, r, anchor)?.text);
}

export function resolveSpeaker(ref: SpeakerRef | null, ctx: ResolveContext, absStart: number, absEnd: number): string | null {
  if (!ref) return null;
  if (ref.kind === 'name') return resolveName(ref.text, ctx, absStart, absEnd);
  if (ref.kind === 'pronoun') return resolvePronoun(ref.gender, ctx);
  return resolveNoun(ref.head, ctx);
}

function resolveName(written: string, ctx: ResolveContext, absStart: number, absEnd: number): string {
  const r = referentAt(ctx.referents, absStart, absEnd);
  const bare = stripTitles(written);
  if (r) return fullestForm(r, bare);
  // Not among the names checker's entities: the name as written, without its titles.
  const byForm = ctx.referents.list.find((x) => x.forms.includes(bare));
  return byForm ? fullestForm(byForm, bare) : bare;
}

/**
 * The nearest suitable person named before the pronoun, within reach. Candidates are tried from
 * the most recently named back, and only until none left could score higher; what the text says
 * of a candidate (its mentions read on demand) is looked at only for those tried.
 */
function resolvePronoun(gender: 'male' | 'female', ctx: ResolveContext): string | null {
  const refs = ctx.referents;
  const candidates = namedSince(refs, ctx.horizon, ctx.anchor);
  let best: Referent | null = null;
  let bestScore = -Infinity;
  // Nothing below asks for namedSince again, so its arrays hold still during the walk.
  for (let k = 0; k < candidates.count; k++) {
    const r = refs.list[candidates.owners[k]!]!;
    const last = candidates.last[k]!;
    // Penalties only lower a score below its position: nobody further back can win any more.
    if (last <= bestScore) break;
    if (mentionedInside(r, ctx.quoteStart, ctx.quoteEnd)) continue;
    if (!isPersonLike(refs, r)) continue;
    const textGender = genderOfReferent(refs, r);
    if (textGender && textGender !== gender) continue;
    let score = last;
    // A given name's usual gender is only a hint; the text's own words outrank it.
    if (!textGender) {
      const nameGender = nameGenderOf(r);
      if (nameGender && nameGender !== gender) score -= 1e7;
    }
    const site = lastSiteBefore(refs, r, ctx.anchor);
    if (site && site.absStart === last && describeSite(refs, site).silent) score -= 1e6;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best ? formNear(refs, best, ctx.anchor) : null;
}

const HEAD_RES = new Map<string, RegExp>();

function headWordRe(head: string): RegExp {
  let re = HEAD_RES.get(head);
  if (!re) {
    re = new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, '')}\\b`, 'iu');
    if (HEAD_RES.size > 1000) HEAD_RES.clear();
    HEAD_RES.set(head, re);
  }
  return re;
}

/** The text gives this referent the job `head` names ("the minister" → Health Minister X). */
function holdsRole(ctx: ResolveContext, r: Referent, head: string, word: RegExp): boolean {
  const refs = ctx.referents;
  if (r.profile) return word.test(profileOf(refs, r).roles);
  const needle = head.toLowerCase();
  // A job word can only be read around a mention in a paragraph that contains it.
  return sitesOf(refs, r).some((site) => {
    if (!site.described) {
      const p = refs.doc.paragraphs[site.paragraph]!;
      if (!lowerParagraph(paragraphMemo(refs, site.paragraph), p.text).includes(needle)) return false;
    }
    return word.test(describeSite(refs, site).role);
  });
}

function resolveNoun(head: string, ctx: ResolveContext): string | null {
  const refs = ctx.referents;
  const word = headWordRe(head);
  // A person whose job the text names: "the minister" → Health Minister Sofia Lindqvist.
  let best: Referent | null = null;
  let bestAt = -1;
  for (const r of refs.list) {
    const last = lastMentionBefore(r, ctx.anchor);
    if (last <= bestAt) continue;
    if (!isPersonLike(refs, r) || !holdsRole(ctx, r, head, word)) continue;
    best = r;
    bestAt = last;
  }
  if (best) return formNear(refs, best, ctx.anchor);
  // A body named with that word: "the ministry" → the Ministry of Defence.
  const named = namedBody(head, ctx);
  if (named) return named;
  if (!COLLECTIVE.has(head)) return null;
  // "the group" → the last organisation named before the quote.
  let org: Referent | null = null;
  let orgAt = -1;
  for (const r of refs.list) {
    if (r.kind !== 'organisation') continue;
    const last = lastMentionBefore(r, ctx.anchor);
    if (last > orgAt) {
      org = r;
      orgAt = last;
    }
  }
  return org ? fullestForm(org) : null;
}
/** The last capitalised name before the quote that contains the head noun ("Ministry of Defence"). */
function namedBody(head: string, ctx: ResolveContext): string | null {
  const cap = head.charAt(0).toUpperCase() + head.slice(1);
  const before = ctx.text.slice(Math.max(ctx.horizon, 0), ctx.anchor);
  if (!before.includes(cap)) return null;
  const name = `(?:[\\p{Lu}][\\p{L}'’-]*\\s+)*${cap}(?:\\s+(?:of|for)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*)*)?`;
  const re = new RegExp(name, 'gu');
  let found: string | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) found = m[0];
  if (!found) return null;
  const bare = found.replace(/^(?:The|A|An)\s+/u, '');
  return bare.split(/\s+/u).length >= 2 ? bare : null;
}

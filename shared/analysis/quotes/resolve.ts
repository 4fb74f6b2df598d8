/**
 * From a written reference ("Yun", "he", "the minister") to the speaker's fullest name.
 * Never guesses: when no one in the text fits, the speaker is null.
 */
import { DEMONYMS, TITLES, TITLE_MODIFIERS } from '../names/lexicon.ts';
import type { SpeakerRef } from './subject.ts';
import { fullestForm, referentAt } from './referents.ts';
import type { Referent } from './referents.ts';

export interface ResolveContext {
  text: string;
  referents: readonly Referent[];
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

function stripTitles(name: string): string {
  const ws = name.split(/\s+/u);
  while (ws.length > 1 && isTitleWord(ws[0]!)) ws.shift();
  return ws.join(' ');
}

function lastMentionBefore(r: Referent, anchor: number): number {
  let best = -1;
  for (const [s] of r.ranges) if (s < anchor && s > best) best = s;
  return best;
}

function mentionedInside(r: Referent, start: number, end: number): boolean {
  return r.ranges.some(([s, t]) => s >= start && t <= end);
}

function formNear(r: Referent, anchor: number): string {
  let text: string | undefined;
  let at = -1;
  for (const m of r.mentions) if (m.absStart < anchor && m.absStart > at) {
    at = m.absStart;
    text = m.text;
  }
  return fullestForm(r, text);
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
  const byForm = ctx.referents.find((x) => x.forms.includes(bare));
  return byForm ? fullestForm(byForm, bare) : bare;
}

function resolvePronoun(gender: 'male' | 'female', ctx: ResolveContext): string | null {
  let best: Referent | null = null;
  let bestScore = -Infinity;
  for (const r of ctx.referents) {
    if (!r.personLike) continue;
    const last = lastMentionBefore(r, ctx.anchor);
    if (last < ctx.horizon) continue;
    if (mentionedInside(r, ctx.quoteStart, ctx.quoteEnd)) continue;
    if (r.gender && r.gender !== gender) continue;
    let score = last;
    // A given name's usual gender is only a hint; the text's own words outrank it.
    if (!r.gender && r.nameGender && r.nameGender !== gender) score -= 1e7;
    const lastMention = r.mentions.filter((m) => m.absStart === last)[0];
    if (lastMention?.silent) score -= 1e6;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best ? formNear(best, ctx.anchor) : null;
}

function resolveNoun(head: string, ctx: ResolveContext): string | null {
  const word = new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, '')}\\b`, 'iu');
  // A person whose job the text names: "the minister" → Health Minister Sofia Lindqvist.
  let best: Referent | null = null;
  let bestAt = -1;
  for (const r of ctx.referents) {
    if (!r.personLike || !word.test(r.roles)) continue;
    const last = lastMentionBefore(r, ctx.anchor);
    if (last > bestAt) {
      best = r;
      bestAt = last;
    }
  }
  if (best) return formNear(best, ctx.anchor);
  // A body named with that word: "the ministry" → the Ministry of Defence.
  const named = namedBody(head, ctx);
  if (named) return named;
  if (!COLLECTIVE.has(head)) return null;
  // "the group" → the last organisation named before the quote.
  let org: Referent | null = null;
  let orgAt = -1;
  for (const r of ctx.referents) {
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
  const name = `(?:[\\p{Lu}][\\p{L}'’-]*\\s+)*${cap}(?:\\s+(?:of|for)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*)*)?`;
  const re = new RegExp(name, 'gu');
  const before = ctx.text.slice(Math.max(ctx.horizon, 0), ctx.anchor);
  let found: string | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) found = m[0];
  if (!found) return null;
  const bare = found.replace(/^(?:The|A|An)\s+/u, '');
  return bare.split(/\s+/u).length >= 2 ? bare : null;
}

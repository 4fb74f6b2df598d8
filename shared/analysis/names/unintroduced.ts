/**
 * A lone surname that no full name introduces, used where another person is the subject:
 * "Before speaking with Rutte, Jung had a separate phone call" in a story about Yun. The
 * writer (or the translation) almost certainly means someone already in the story.
 */
import type { EntityKind } from '../types.ts';
import type { Group } from './cluster.ts';
import { groupKind } from './cluster.ts';
import { EAST_ASIAN_SURNAMES, PERSON_VERBS } from './lexicon.ts';

export interface Unintroduced {
  group: Group;
  /** The person the lone surname probably means. */
  likely: Group;
}

/**
 * Evidence that a lone word is a person's surname, strict on purpose: countries, capitals and
 * organisations "say" and "have" things too ("Hamas said", "Moscow has"). So: a title or a
 * word that only precedes people ("Mr Jung", "his counterpart Jung"), or a common family name
 * doing what people do ("Jung had a separate phone call").
 */
function looksLikePerson(g: Group): boolean {
  if (g.occurrences.some((o) => o.kind === 'place' || o.kind === 'organisation' || o.mention.before === 'the')) return false;
  return g.occurrences.some((o) => o.mention.title !== undefined || o.kind === 'person' ||
    (EAST_ASIAN_SURNAMES.has(o.compact) && PERSON_VERBS.has(o.mention.after ?? '') && !o.mention.possessive));
}

/** `kinds[i]` is groupKind(groups[i]) when the caller has worked the kinds out already. */
export function findUnintroduced(groups: readonly Group[], kinds?: readonly EntityKind[]): Unintroduced[] {
  const people = groups.filter((g, i) => g.full && (kinds ? kinds[i] : groupKind(g)) === 'person');
  if (people.length === 0) return [];
  // Words that occur inside full names ("Korea" of "North Korea", "Jong" of "Kim Jong Un"): made
  // only if some lone word is left to test, and from each distinct spelling's tokens once.
  let insideNames: Set<string> | undefined;
  const out: Unintroduced[] = [];
  for (const g of groups) {
    if (g.full || g.shortCount > 0 || g.ambiguous) continue;
    insideNames ??= wordsInsideFullNames(groups);
    const inside = insideNames;
    if (g.occurrences.some((o) => inside.has(o.compact) || o.compact.length < 3)) continue;
    if (!looksLikePerson(g)) continue;
    const o = g.occurrences[0]!;
    const nearby = people.filter((p) => p.occurrences.some((x) => x.start < o.start && x.paragraph >= o.paragraph - 2) &&
      !p.occurrences.some((x) => x.sentence === o.sentence));
    if (nearby.length === 0) continue;
    // The subject of the passage: the person the article talks about most, then the nearest.
    const lastBefore = (p: Group): number => Math.max(...p.occurrences.filter((x) => x.start < o.start).map((x) => x.start));
    nearby.sort((a, b) => b.occurrences.length - a.occurrences.length || lastBefore(b) - lastBefore(a));
    out.push({ group: g, likely: nearby[0]! });
  }
  return out;
}

function wordsInsideFullNames(groups: readonly Group[]): Set<string> {
  const words = new Set<string>();
  const seen = new Set<readonly string[]>(); // occurrences of one spelling share their tokens array
  for (const g of groups) {
    if (!g.full) continue;
    for (let i = 0; i < g.occurrences.length; i++) {
      const o = g.occurrences[i]!;
      if (seen.has(o.tokens)) continue;
      seen.add(o.tokens);
      for (const t of o.tokens) words.add(t);
    }
  }
  return words;
}

/**
 * Speakers resolved by the last decide, kept for the next one. Typing changes a paragraph or
 * two; resolving every quote's "he", "the minister" or surname again is most of the quotes
 * checker's time after a keystroke. A quote keeps its speaker when nothing it was resolved from
 * has changed:
 *
 * - its own paragraph, the paragraphs a pronoun looks back over and those the quote runs into
 *   are unchanged (the caller tests that per quote, with `touches`);
 * - the names checker grouped the same mentions into the same entities (`sameGrouping`): the
 *   mentions of unchanged paragraphs only moved with their paragraph, and a changed paragraph
 *   names the same people, in the same order, in the same words;
 * - what the text says at each mention in a changed paragraph (job, gender, "did not speak") is
 *   what it said before — resolution reads those for any mention in the article (the gender or
 *   jobs a person is given).
 *
 * Anything else (a paragraph added or removed, a name respelt, more than a few paragraphs
 * changed, the checker run without entities) resolves every quote afresh.
 */
import type { Doc } from '../doc.ts';
import { sameGrouping } from '../names.ts';
import { countStartingBefore } from '../sorted.ts';
import type { Entity, Paragraph } from '../types.ts';
import { describeAt, genderAround, memoOf } from './mentionContext.ts';
import type { QuoteFacts, ScannedQuote } from './scan.ts';

/** Speakers by scanned quote, then by the index of the paragraph the quote opens in. */
export type SpeakerMemo = Map<ScannedQuote, Map<number, string | null>>;

export interface LastResolution {
  doc: Doc;
  facts: readonly QuoteFacts[];
  entities: readonly Entity[];
  speakers: SpeakerMemo;
}

/** What the new decide may reuse: the old speakers, and the changed paragraphs' spans (new offsets). */
export interface Reusable {
  speakers: SpeakerMemo;
  changed: { start: number; end: number }[];
}

/** Above this many changed paragraphs, checking what can be reused costs more than it saves. */
const MAX_CHANGED = 4;

export function reusableSpeakers(last: LastResolution | null, doc: Doc, facts: readonly QuoteFacts[], entities: readonly Entity[]): Reusable | null {
  if (!last || entities.length === 0 || !sameGrouping(last.entities, entities)) return null;
  const n = doc.paragraphs.length;
  if (last.doc.paragraphs.length !== n || last.facts.length !== n) return null;
  const changed: { start: number; end: number }[] = [];
  for (let i = 0; i < n; i++) {
    // The engine gives an unchanged paragraph the same facts object: any other is a changed one.
    if (facts[i] === last.facts[i]) continue;
    if (changed.length === MAX_CHANGED) return null;
    const before = last.doc.paragraphs[i]!;
    const after = doc.paragraphs[i]!;
    for (let e = 0; e < entities.length; e++) {
      if (!sameReadings(last.entities[e]!, entities[e]!, before, after, last.facts[i]!, facts[i]!)) return null;
    }
    changed.push({ start: after.start, end: after.end });
  }
  return { speakers: last.speakers, changed };
}

/** Whether [from, to] (absolute, new offsets) meets a changed paragraph. */
export function touches(reusable: Reusable, from: number, to: number): boolean {
  for (const c of reusable.changed) if (c.start <= to && c.end >= from) return true;
  return false;
}

/** Index of the first range starting at or after `at`. */
function firstFrom(ranges: readonly (readonly [number, number])[], at: number): number {
  return countStartingBefore(ranges.length, (i) => ranges[i]![0], at);
}

/**
 * The entity's mentions in the changed paragraph read the same before and after. One grouping
 * means the paragraph holds the same mentions of the entity, at the same indexes of its list.
 */
function sameReadings(before: Entity, after: Entity, pBefore: Paragraph, pAfter: Paragraph, fBefore: QuoteFacts, fAfter: QuoteFacts): boolean {
  const k0 = firstFrom(after.mentions, pAfter.start);
  for (let k = k0; k < after.mentions.length && after.mentions[k]![0] < pAfter.end; k++) {
    const [os, oe] = before.mentions[k]!;
    const [ns, ne] = after.mentions[k]!;
    const text = pAfter.text.slice(ns - pAfter.start, ne - pAfter.start);
    if (os < pBefore.start || oe > pBefore.end || text !== pBefore.text.slice(os - pBefore.start, oe - pBefore.start)) return false;
    if (!sameReading(pBefore.text, fBefore, os - pBefore.start, oe - pBefore.start, pAfter.text, fAfter, ns - pAfter.start, ne - pAfter.start, text, after)) return false;
  }
  return true;
}

/** The words around a mention say the same before and after (job, gender, silence, weak). */
function sameReading(oldParagraph: string, oldFacts: QuoteFacts, os: number, oe: number, newParagraph: string, newFacts: QuoteFacts, ns: number, ne: number, text: string, entity: Entity): boolean {
  const oldMemo = memoOf(oldFacts);
  const newMemo = memoOf(newFacts);
  const a = describeAt(oldMemo, oldParagraph, os, oe, text, entity.kind);
  const b = describeAt(newMemo, newParagraph, ns, ne, text, entity.kind);
  if (a.role !== b.role || a.gender !== b.gender || a.silent !== b.silent || a.weak !== b.weak) return false;
  return genderAround(oldMemo, oldParagraph, os, oe, text, entity.kind) === genderAround(newMemo, newParagraph, ns, ne, text, entity.kind);
}

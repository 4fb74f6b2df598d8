/**
 * Memo of what the quotes checker has read around names, kept per paragraph.
 *
 * The engine caches each paragraph's scan facts by the paragraph's text, and `decide` runs after
 * every edit. What describeMention reads depends only on the paragraph's text and the mention's
 * span, so it is remembered on those facts (their `memo` field): after a one-word edit only the
 * edited paragraph's names are read again, and the memo goes away with the facts when the engine
 * prunes them. A field rather than a WeakMap keyed by the facts: a full analysis has fresh facts
 * for every paragraph, and adding each to a WeakMap cost more than the reading it saved.
 */
import { describeMention, findPeople, genderBeforeName } from './people.ts';
import type { Gender, PersonMention } from './people.ts';
import type { EntityKind } from '../types.ts';

export interface ParagraphMemo {
  /** start × (length + 1) + end → the mention described. */
  described: Map<number, PersonMention>;
  /** Same keys → the gender the text gives the mention (null: none). */
  genders: Map<number, Gender | null>;
  /** The mention finder's people in the paragraph (only when the checker runs without entities). */
  people?: PersonMention[];
  lower?: string;
}

/** What carries a memo: a paragraph's quote facts (QuoteFacts.memo). */
export interface MemoHolder {
  memo: ParagraphMemo | undefined;
}

/** The memo kept on one paragraph's facts. */
export function memoOf(facts: MemoHolder): ParagraphMemo {
  return (facts.memo ??= { described: new Map(), genders: new Map() });
}

/** describeMention for the span [start, end) of `paragraph` (relative offsets), memoised. */
export function describeAt(paragraphMemo: ParagraphMemo, paragraph: string, start: number, end: number, text: string, kind: EntityKind): PersonMention {
  const memo = paragraphMemo.described;
  const key = start * (paragraph.length + 1) + end;
  let m = memo.get(key);
  if (!m) {
    m = describeMention(paragraph, { start, end, text, kind });
    memo.set(key, m);
  }
  return m.kind === kind ? m : { ...m, kind };
}

/** findPeople for the paragraph, memoised. */
export function paragraphMentions(facts: MemoHolder, paragraph: string): PersonMention[] {
  const memo = memoOf(facts);
  memo.people ??= findPeople(paragraph);
  return memo.people;
}

/** The paragraph in lower case, memoised (a quick test for whether a word occurs in it at all). */
export function lowerParagraph(memo: ParagraphMemo, paragraph: string): string {
  memo.lower ??= paragraph.toLowerCase();
  return memo.lower;
}


/** The key of the span [start, end) of `paragraph` in a memo's maps. */
export function genderKey(paragraph: string, start: number, end: number): number {
  return start * (paragraph.length + 1) + end;
}

/**
 * The gender the words around [start, end) give (no title), memoised: the words directly before
 * the name, or the full reading when a comma beside it may bring in an appositive.
 */
export function genderAround(paragraphMemo: ParagraphMemo, paragraph: string, start: number, end: number, text: string | undefined, kind: EntityKind): Gender | undefined {
  const key = genderKey(paragraph, start, end);
  const g = paragraphMemo.genders.get(key);
  return g === undefined ? readGender(paragraphMemo, paragraph, start, end, text, kind, key) : g ?? undefined;
}

/**
 * genderAround for a span not read yet (`key` its genderKey). `text` (the span's words) is needed
 * only when the full reading is, so a caller walking many mentions may leave it to be cut here.
 */
export function readGender(paragraphMemo: ParagraphMemo, paragraph: string, start: number, end: number, text: string | undefined, kind: EntityKind, key: number): Gender | undefined {
  const quick = genderBeforeName(paragraph, start, end);
  const g = (quick === null ? describeAt(paragraphMemo, paragraph, start, end, text ?? paragraph.slice(start, end), kind).gender : quick) ?? null;
  paragraphMemo.genders.set(key, g);
  return g ?? undefined;
}

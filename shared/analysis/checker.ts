/**
 * The shape every checker has. A checker is split in two so that re-analysis after an edit
 * only redoes the changed paragraphs:
 *
 * - `scan(paragraph)` is pure per-paragraph work (tokens, mentions, numbers...). Its result may
 *   hold offsets only RELATIVE TO THE PARAGRAPH START, because the engine caches it by the
 *   paragraph's text and reuses it wherever that paragraph moves.
 * - `decide(input)` makes the whole-article decisions from every paragraph's scan, in order, and
 *   returns findings with ABSOLUTE offsets (add `doc.paragraphs[i].start`).
 *
 * The engine runs checkers in a fixed order: names (→ entities), quotes (→ quotes, which may use
 * entities), then the rest (which may use both).
 */
import type { Doc, SentenceSpan } from './doc.ts';
import type { ParagraphClass } from './furniture/classify.ts';
import type { NumberToken } from './numbers/parse.ts';
import type { AnalyzeOptions, CheckName, Entity, Finding, Quote } from './types.ts';

export interface DecideInput<F> {
  doc: Doc;
  /** `facts[i]` is `scan(doc.paragraphs[i].text)`. */
  facts: readonly F[];
  options: AnalyzeOptions;
  /** Entities found by the names checker (empty while it runs itself). */
  entities: readonly Entity[];
  /** Quotes found by the quotes checker (empty until it has run). */
  quotes: readonly Quote[];
}

export interface CheckerOutput {
  findings: Finding[];
  entities?: Entity[];
  quotes?: Quote[];
}

/**
 * What more than one checker derives from the same paragraph, worked out by the first to need it
 * and shared with the others while the engine scans that paragraph (see doc.ts, numbers/parse.ts,
 * furniture/classify.ts for the accessors). Read, never change: other checkers use the same values.
 */
export interface ParagraphContext {
  sentences?: SentenceSpan[];
  /** The numbers of sentence j, once read. */
  sentenceNumbers?: (NumberToken[] | undefined)[];
  furniture?: ParagraphClass;
}

export interface Checker<F = unknown> {
  check: CheckName;
  /** `context`: shared per-paragraph work, given by the engine (absent when a checker is run on its own). */
  scan(paragraph: string, context?: ParagraphContext): F;
  decide(input: DecideInput<F>): CheckerOutput;
}

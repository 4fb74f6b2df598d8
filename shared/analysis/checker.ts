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
import type { Doc } from './doc.ts';
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

export interface Checker<F = unknown> {
  check: CheckName;
  scan(paragraph: string): F;
  decide(input: DecideInput<F>): CheckerOutput;
}

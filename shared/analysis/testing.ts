/**
 * Run one checker over a whole text the way the engine does — `scan` each paragraph of
 * `makeDoc(text)`, then `decide` over the article — so checkers can be tested (and scored) on
 * their own, without the pipeline.
 */
import type { Checker, CheckerOutput } from './checker.ts';
import { makeDoc } from './doc.ts';
import type { AnalyzeOptions, Entity, Quote } from './types.ts';

export interface RunExtras {
  entities?: readonly Entity[];
  quotes?: readonly Quote[];
}

export function runChecker<F>(
  checker: Checker<F>,
  text: string,
  options: AnalyzeOptions = {},
  extras: RunExtras = {},
): CheckerOutput {
  const doc = makeDoc(text);
  const facts = doc.paragraphs.map((p) => checker.scan(p.text));
  return checker.decide({
    doc,
    facts,
    options,
    entities: extras.entities ?? [],
    quotes: extras.quotes ?? [],
  });
}

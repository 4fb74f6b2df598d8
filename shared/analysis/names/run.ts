/**
 * Runs the names checker alone over a whole text, the way the engine does (scan each
 * paragraph, then decide). For tests, the evaluation tool and callers without the engine.
 */
import { makeDoc } from '../doc.ts';
import type { AnalyzeOptions } from '../types.ts';
import type { CheckerOutput } from '../checker.ts';
import { namesChecker } from '../names.ts';

export function runNames(text: string, options: AnalyzeOptions = {}): Required<Pick<CheckerOutput, 'findings' | 'entities'>> {
  const doc = makeDoc(text);
  const facts = doc.paragraphs.map((p) => namesChecker.scan(p.text));
  const out = namesChecker.decide({ doc, facts, options, entities: [], quotes: [] });
  return { findings: out.findings, entities: out.entities ?? [] };
}

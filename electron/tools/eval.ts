/**
 * `npm run eval -- names|quotes|numbers|acronyms FILE.jsonl`: runs the engine on every row of a
 * labelled file and prints the scores, then every miss and false alarm, using the scorers in
 * shared/analysis/eval/. Exit status 2 for bad usage or a file that is not a labelled set.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../shared/analysis/index.ts';
import type { AnalysisResult } from '../../shared/analysis/index.ts';
import { scoreAcronyms } from '../../shared/analysis/eval/acronyms.ts';
import type { AcronymsRow } from '../../shared/analysis/eval/acronyms.ts';
import { scoreNames } from '../../shared/analysis/eval/names.ts';
import type { NamesRow } from '../../shared/analysis/eval/names.ts';
import { scoreQuotes } from '../../shared/analysis/eval/quotes.ts';
import type { QuotesRow } from '../../shared/analysis/eval/quotes.ts';
import { scoreNumbers } from '../../shared/analysis/eval/numbers.ts';
import type { NumbersRow } from '../../shared/analysis/eval/numbers.ts';

type ResultsFor = (text: string) => AnalysisResult;

/** Each kind: the row fields it needs, and its scorer. */
const SCORERS: Record<string, { fields: string[]; score: (rows: never[], resultsFor: ResultsFor) => object }> = {
  acronyms: { fields: ['text', 'undefined_before_use'], score: (rows, r) => scoreAcronyms(rows as AcronymsRow[], r) },
  names: { fields: ['text', 'clusters', 'distinct'], score: (rows, r) => scoreNames(rows as NamesRow[], r) },
  quotes: { fields: ['text', 'quotes'], score: (rows, r) => scoreQuotes(rows as QuotesRow[], r) },
  numbers: { fields: ['text', 'conflicts'], score: (rows, r) => scoreNumbers(rows as NumbersRow[], r) },
};

export class EvalError extends Error {}

export function readRows(path: string, fields: readonly string[]): Record<string, unknown>[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EvalError(`${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const rows: Record<string, unknown>[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (error) {
      throw new EvalError(`${path}:${i + 1}: not a JSON line (${(error as Error).message})`);
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw new EvalError(`${path}:${i + 1}: a row must be a JSON object`);
    const missing = fields.filter((f) => !(f in row));
    if (missing.length) throw new EvalError(`${path}:${i + 1}: row has no ${missing.join(', ')} field`);
    rows.push(row as Record<string, unknown>);
  });
  if (rows.length === 0) throw new EvalError(`${path}: no rows`);
  return rows;
}

/** Scores as aligned "name  value" lines, then each list (misses, false alarms...) item by item. */
export function formatScore(kind: string, path: string, score: object): string {
  const lines = [`${kind} — ${path}`];
  const entries = Object.entries(score);
  const width = Math.max(...entries.map(([k]) => k.length));
  for (const [key, value] of entries) {
    if (typeof value === 'number') lines.push(`  ${key.padEnd(width)}  ${Number.isInteger(value) && !/rate|precision|recall|per/i.test(key) ? value : value.toFixed(3)}`);
    else if (typeof value === 'string' || typeof value === 'boolean') lines.push(`  ${key.padEnd(width)}  ${value}`);
  }
  for (const [key, value] of entries) {
    if (!Array.isArray(value)) continue;
    lines.push('', `${key} (${value.length}):`);
    for (const item of value) lines.push(`  - ${describeItem(item)}`);
  }
  return `${lines.join('\n')}\n`;
}

function describeItem(item: unknown): string {
  if (typeof item === 'string') return item;
  if (!item || typeof item !== 'object') return JSON.stringify(item);
  return Object.entries(item)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' | ');
}

export function runEval(kind: string, path: string): string {
  const scorer = SCORERS[kind];
  if (!scorer) throw new EvalError(`unknown set "${kind}" (have: ${Object.keys(SCORERS).join(', ')})`);
  const rows = readRows(path, scorer.fields);
  const score = scorer.score(rows as never[], (text) => analyze(text));
  return formatScore(kind, path, score);
}

if (import.meta.main) {
  const [kind, path, ...extra] = process.argv.slice(2);
  if (!kind || !path || extra.length) {
    process.stderr.write(`usage: npm run eval -- ${Object.keys(SCORERS).join('|')} FILE.jsonl\n`);
    process.exitCode = 2;
  } else {
    try {
      process.stdout.write(runEval(kind, path));
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      process.stderr.write(`eval: ${error.message}\n`);
      process.exitCode = 2;
    }
  }
}

/**
 * Scores the quotes checker against a labelled set in the format of quotes-dev.jsonl: each row's
 * `quotes` (exact text between the marks, speaker in the fullest form or null, kind) must be
 * found; `optional_quotes` (quotes nested in quotes) may be reported or not.
 */
import type { Quote } from '../types.ts';

export interface LabelledQuote {
  quote: string;
  speaker: string | null;
  kind: 'full' | 'partial' | 'scare';
}

export interface QuotesRow {
  id: string;
  text: string;
  quotes: LabelledQuote[];
  optional_quotes?: LabelledQuote[];
}

export interface QuotesScore {
  /** Labelled quotes reported with exactly their text. */
  found: number;
  total: number;
  foundRate: number;
  /** Found quotes whose speaker is the labelled one (null where the text names none). */
  speakerRight: number;
  speakerRate: number;
  misses: string[];
  falseAlarms: string[];
  wrongSpeakers: string[];
}

/** Quote texts compare with runs of white space made one space and the ends trimmed. */
const same = (a: string, b: string): boolean => a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();

export function scoreQuotes(rows: readonly QuotesRow[], resultsFor: (text: string) => { quotes: Quote[] }): QuotesScore {
  let found = 0;
  let total = 0;
  let speakerRight = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const wrongSpeakers: string[] = [];
  for (const row of rows) {
    const reported = resultsFor(row.text).quotes;
    const used = new Set<Quote>();
    for (const want of row.quotes) {
      total++;
      const got = reported.find((q) => !used.has(q) && same(q.text, want.quote));
      if (!got) {
        misses.push(`${row.id}: "${want.quote}" (${want.speaker ?? 'no speaker'})`);
        continue;
      }
      used.add(got);
      found++;
      if (got.speaker === want.speaker) speakerRight++;
      else wrongSpeakers.push(`${row.id}: "${want.quote}" — expected ${want.speaker ?? 'no speaker'}, got ${got.speaker ?? 'no speaker'}`);
    }
    const optional = row.optional_quotes ?? [];
    for (const q of reported) {
      if (used.has(q) || optional.some((o) => same(o.quote, q.text))) continue;
      falseAlarms.push(`${row.id}: "${q.text}" (${q.speaker ?? 'no speaker'})`);
    }
  }
  return {
    found, total, foundRate: total === 0 ? 1 : found / total,
    speakerRight, speakerRate: found === 0 ? (total === 0 ? 1 : 0) : speakerRight / total,
    misses, falseAlarms, wrongSpeakers,
  };
}

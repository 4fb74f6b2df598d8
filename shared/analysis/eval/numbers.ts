/**
 * Scores the numbers checker on a labelled set (numbers-dev.jsonl format): each row has `text`
 * and `conflicts`, pairs of verbatim phrases that state one quantity with values that cannot
 * both be true (an empty list means every number is fine).
 *
 * A conflict counts as found when one error-severity numbers finding covers both phrases (its
 * primary span or a related span overlapping each). Every other error-severity numbers finding
 * is a false alarm; the target counts those in clean articles per ten clean articles. Info
 * findings (formatting) are not conflict claims and are not scored.
 */
import type { Finding } from '../types.ts';
import { locate, overlaps, ratio, spansOf } from './match.ts';

export interface NumbersRow {
  id?: string;
  text: string;
  conflicts: [string, string][];
}

export interface NumbersMiss {
  id: string;
  conflict: [string, string];
  /** Set when a labelled phrase is not in the text: a labelling error, not the checker's. */
  problem?: string;
}

export interface NumbersFalseAlarm {
  id: string;
  clean: boolean;
  text: string;
  related: string[];
  message: string;
}

export interface NumbersScore {
  articles: number;
  conflicts: number;
  found: number;
  recall: number;
  cleanArticles: number;
  falseAlarmsInClean: number;
  falseAlarmsPerTenClean: number;
  misses: NumbersMiss[];
  falseAlarms: NumbersFalseAlarm[];
}

export type ResultsFor = (text: string) => { findings: Finding[] };

export function scoreNumbers(rows: readonly NumbersRow[], resultsFor: ResultsFor): NumbersScore {
  let conflicts = 0;
  let found = 0;
  let cleanArticles = 0;
  let falseAlarmsInClean = 0;
  const misses: NumbersMiss[] = [];
  const falseAlarms: NumbersFalseAlarm[] = [];
  rows.forEach((row, index) => {
    const id = row.id ?? `row ${index + 1}`;
    const claims = resultsFor(row.text).findings.filter((f) => f.check === 'numbers' && f.severity === 'error');
    const used = new Set<Finding>();
    for (const pair of row.conflicts) {
      conflicts++;
      const a = locate(row.text, pair[0]);
      const b = locate(row.text, pair[1]);
      if (!a || !b) {
        misses.push({ id, conflict: pair, problem: `phrase not found in the text: "${!a ? pair[0] : pair[1]}"` });
        continue;
      }
      const hit = claims.find((f) => {
        const spans = spansOf(f);
        return spans.some((s) => overlaps(s, a)) && spans.some((s) => overlaps(s, b));
      });
      if (hit) {
        found++;
        used.add(hit);
      } else misses.push({ id, conflict: pair });
    }
    const clean = row.conflicts.length === 0;
    if (clean) cleanArticles++;
    for (const f of claims) {
      if (used.has(f)) continue;
      if (clean) falseAlarmsInClean++;
      falseAlarms.push({ id, clean, text: f.text, related: (f.related ?? []).map((r) => r.text), message: f.message });
    }
  });
  return {
    articles: rows.length,
    conflicts,
    found,
    recall: ratio(found, conflicts),
    cleanArticles,
    falseAlarmsInClean,
    falseAlarmsPerTenClean: cleanArticles ? (falseAlarmsInClean / cleanArticles) * 10 : 0,
    misses,
    falseAlarms,
  };
}

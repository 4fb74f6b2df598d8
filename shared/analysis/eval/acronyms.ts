/**
 * Scores the acronyms checker on a labelled set (acronyms-dev.jsonl format): `undefined_before_use`
 * lists the acronyms that should be flagged; `ok` (introduced properly) and `common` (familiar
 * enough to stand alone) should not be. The checker's claim for an article is the set of
 * acronyms its findings are about (each finding's text, dots and possessive removed).
 * Precision = flagged and labelled / flagged; recall = flagged and labelled / labelled.
 */
import type { Finding } from '../types.ts';
import { ratio } from './match.ts';

export interface AcronymsRow {
  id?: string;
  text: string;
  undefined_before_use: string[];
  ok?: string[];
  common?: string[];
}

export interface AcronymsMistake {
  id: string;
  acronym: string;
  /** For a false alarm: what the label says it is ('ok', 'common' or 'unlabelled'). */
  label?: 'ok' | 'common' | 'unlabelled';
  message?: string;
}

export interface AcronymsScore {
  articles: number;
  labelled: number;
  flagged: number;
  truePositives: number;
  precision: number;
  recall: number;
  misses: AcronymsMistake[];
  falseAlarms: AcronymsMistake[];
}

export type ResultsFor = (text: string) => { findings: Finding[] };

const normalise = (s: string) => s.replace(/\./g, '').replace(/['’]s$/, '').trim();

export function scoreAcronyms(rows: readonly AcronymsRow[], resultsFor: ResultsFor): AcronymsScore {
  let labelled = 0;
  let flagged = 0;
  let truePositives = 0;
  const misses: AcronymsMistake[] = [];
  const falseAlarms: AcronymsMistake[] = [];
  rows.forEach((row, index) => {
    const id = row.id ?? `row ${index + 1}`;
    const claims = new Map<string, Finding>();
    for (const f of resultsFor(row.text).findings) {
      if (f.check === 'acronyms' && !claims.has(normalise(f.text))) claims.set(normalise(f.text), f);
    }
    const gold = new Set(row.undefined_before_use.map(normalise));
    labelled += gold.size;
    flagged += claims.size;
    for (const acronym of gold) {
      if (claims.has(acronym)) truePositives++;
      else misses.push({ id, acronym });
    }
    for (const [acronym, f] of claims) {
      if (gold.has(acronym)) continue;
      const label = row.ok?.map(normalise).includes(acronym)
        ? 'ok'
        : row.common?.map(normalise).includes(acronym) ? 'common' : 'unlabelled';
      falseAlarms.push({ id, acronym, label, message: f.message });
    }
  });
  return {
    articles: rows.length,
    labelled,
    flagged,
    truePositives,
    precision: ratio(truePositives, flagged),
    recall: ratio(truePositives, labelled),
    misses,
    falseAlarms,
  };
}

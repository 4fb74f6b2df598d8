/**
 * Scores the names checker against a labelled set (fixtures/names-dev.jsonl): pairwise
 * precision and recall over the labelled forms of each article.
 *
 * Two forms are "grouped" when one entity has both among its spellings. True pairs are the
 * pairs inside each labelled cluster. False alarms are grouped pairs the labels say are
 * different entities: a `distinct` pair, or two forms from two different clusters. Other pairs
 * are not labelled either way (the labels list only entities spelled inconsistently, so
 * "Olaf Scholz" ~ "Scholz" is neither required nor wrong) and do not count.
 */
import type { Entity } from '../types.ts';

export interface NamesRow {
  id: string;
  text: string;
  /** Forms that name one entity and must be grouped. */
  clusters: string[][];
  /** Pairs of forms that name different entities and must never be grouped. */
  distinct: string[][];
  /** The official or house form of each cluster, when there is one. */
  preferred?: (string | null)[];
  note?: string;
}

export interface NamesScore {
  precision: number;
  recall: number;
  truePositives: number;
  predictedPairs: number;
  truePairs: number;
  /** "ko-02: Kim Jong Un ~ Kim Jong-un not grouped". */
  misses: string[];
  /** "ko-02: Kim Jong Un ~ Kim Yo Jong grouped (labelled distinct)". */
  falseAlarms: string[];
  /** Clusters with a preferred form whose entity is named by that form. */
  preferredHits: number;
  preferredTotal: number;
  preferredMisses: string[];
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function formsOf(e: Entity, text: string): Set<string> {
  if (e.variants) return new Set(e.variants.map((v) => v.text));
  return new Set(e.mentions.map(([s, end]) => text.slice(s, end)));
}

/** Validate one parsed JSON line; throws with the field at fault so a bad file says why. */
export function parseNamesRow(value: unknown, line: number): NamesRow {
  const v = value as Partial<NamesRow> | null;
  const bad = (what: string): never => {
    throw new Error(`names row on line ${line}: ${what}`);
  };
  if (!v || typeof v !== 'object') bad('not a JSON object');
  if (typeof v!.text !== 'string') bad('"text" must be a string');
  const isPairList = (x: unknown): x is string[][] => Array.isArray(x) && x.every((c) => Array.isArray(c) && c.every((s) => typeof s === 'string'));
  if (!isPairList(v!.clusters)) bad('"clusters" must be a list of lists of strings');
  if (!isPairList(v!.distinct ?? [])) bad('"distinct" must be a list of pairs of strings');
  return { id: typeof v!.id === 'string' ? v!.id : `line ${line}`, text: v!.text!, clusters: v!.clusters!, distinct: v!.distinct ?? [], preferred: v!.preferred ?? [], ...(v!.note ? { note: v!.note } : {}) };
}

export function scoreNames(rows: readonly NamesRow[], resultsFor: (text: string) => { entities: Entity[] }): NamesScore {
  let tp = 0;
  let predicted = 0;
  let truth = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let preferredHits = 0;
  let preferredTotal = 0;
  const preferredMisses: string[] = [];

  for (const row of rows) {
    const { entities } = resultsFor(row.text);
    const entityForms = entities.map((e) => formsOf(e, row.text));
    const universe = new Set([...row.clusters.flat(), ...row.distinct.flat()]);
    const clusterOf = new Map<string, number>();
    row.clusters.forEach((c, i) => c.forEach((f) => clusterOf.set(f, i)));
    const truePairs = new Set<string>();
    for (const c of row.clusters) for (let i = 0; i < c.length; i++) for (let j = i + 1; j < c.length; j++) truePairs.add(pairKey(c[i]!, c[j]!));
    const distinctPairs = new Set(row.distinct.map(([a, b]) => pairKey(a!, b!)));
    const grouped = new Set<string>();
    for (const forms of entityForms) {
      const labelled = [...forms].filter((f) => universe.has(f));
      for (let i = 0; i < labelled.length; i++) for (let j = i + 1; j < labelled.length; j++) grouped.add(pairKey(labelled[i]!, labelled[j]!));
    }
    const labelledWrong = (p: string): boolean => {
      if (distinctPairs.has(p)) return true;
      const [a, b] = p.split('\u0000') as [string, string];
      return clusterOf.has(a) && clusterOf.has(b) && clusterOf.get(a) !== clusterOf.get(b);
    };
    truth += truePairs.size;
    predicted += [...grouped].filter((p) => truePairs.has(p) || labelledWrong(p)).length;
    for (const p of truePairs) {
      const [a, b] = p.split('\u0000');
      if (grouped.has(p)) tp++;
      else misses.push(`${row.id}: ${a} ~ ${b} not grouped`);
    }
    for (const p of grouped) {
      if (truePairs.has(p) || !labelledWrong(p)) continue;
      const [a, b] = p.split('\u0000');
      falseAlarms.push(`${row.id}: ${a} ~ ${b} grouped${distinctPairs.has(p) ? ' (labelled distinct)' : ''}`);
    }
    row.clusters.forEach((c, i) => {
      const want = row.preferred?.[i];
      if (!want) return;
      preferredTotal++;
      const entity = entities.find((e, k) => c.some((f) => entityForms[k]!.has(f)));
      if (entity?.name === want) preferredHits++;
      else preferredMisses.push(`${row.id}: wanted ${want}, got ${entity?.name ?? 'nothing'}`);
    });
  }
  return {
    precision: predicted === 0 ? 1 : tp / predicted,
    recall: truth === 0 ? 1 : tp / truth,
    truePositives: tp,
    predictedPairs: predicted,
    truePairs: truth,
    misses,
    falseAlarms,
    preferredHits,
    preferredTotal,
    preferredMisses,
  };
}

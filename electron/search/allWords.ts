/**
 * "Every word must match" search over MiniSearch's index, scored exactly as MiniSearch scores it
 * (BM25 per field, field boosts, prefix weight, × the number of query words), but computed only
 * for the articles that contain every word. MiniSearch scores every article of every word and
 * then intersects: a phrase of common words ("the public deserves a clear answer") built a
 * result object per article per word — thousands — to keep a few hundred. Here the rarest word
 * gives the candidates, the others only look them up.
 *
 * Reads MiniSearch's private fields (pinned at 7.2.0); allWords.test checks ids and scores
 * against MiniSearch's own search.
 */
import type MiniSearch from 'minisearch';
import type { Postings } from './postings.ts';

type FieldData = Map<number, Postings>;

interface Internals {
  _index: { get(term: string): FieldData | undefined; atPrefix(prefix: string): Iterable<[string, FieldData]> };
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
}

/** MiniSearch's defaults (search options `bm25` and `weights.prefix`). */
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;

export interface WordQuery {
  term: string;
  /** As-you-type: also every indexed word that starts with `term`. */
  prefix: boolean;
}

export interface AllWordsHit {
  id: string;
  score: number;
  /** The indexed words that matched (the query words themselves or their completions). */
  terms: string[];
}

/** One indexed word a query word stands for: itself, or a completion of it. */
interface Derived {
  term: string;
  weight: number;
  data: FieldData;
}

export function searchAllWords<T>(mini: MiniSearch<T>, words: readonly WordQuery[], boosts: Readonly<Record<string, number>>, fields: readonly string[]): AllWordsHit[] {
  const m = mini as unknown as Internals;
  if (words.length === 0) return [];
  const fieldIds = fields.map((f) => m._fieldIds[f]!);
  const fieldBoosts = fields.map((f) => boosts[f] ?? 1);

  // In MiniSearch's order: the exact word first, then its completions as the tree yields them.
  const derived: Derived[][] = words.map(({ term, prefix }) => {
    const out: Derived[] = [];
    const exact = m._index.get(term);
    if (exact) out.push({ term, weight: 1, data: exact });
    if (prefix) {
      for (const [t, data] of m._index.atPrefix(term)) {
        const distance = t.length - term.length;
        if (distance) out.push({ term: t, weight: (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * distance), data });
      }
    }
    return out;
  });
  if (derived.some((d) => d.length === 0)) return [];

  // Candidates from the word with the fewest postings; the others narrow them down.
  const cost = derived.map((ds) => ds.reduce((n, d) => n + fieldIds.reduce((k, f) => k + (d.data.get(f)?.size ?? 0), 0), 0));
  const order = cost.map((c, i) => [c, i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
  let candidates: number[] = [];
  const seen = new Set<number>();
  for (const d of derived[order[0]!]!) {
    for (const f of fieldIds) {
      d.data.get(f)?.forEach((_freq, doc) => {
        if (!seen.has(doc) && m._documentIds.has(doc)) {
          seen.add(doc);
          candidates.push(doc);
        }
      });
    }
  }
  for (const i of order.slice(1)) {
    const ds = derived[i]!;
    // Collect this word's articles when that is cheaper than looking every candidate up in each
    // of its completions (a short prefix has hundreds of them).
    if (cost[i]! < candidates.length * ds.length * fieldIds.length) {
      const inWord = new Set<number>();
      const add = (_freq: number, doc: number) => inWord.add(doc);
      for (const d of ds) for (const f of fieldIds) d.data.get(f)?.forEach(add);
      candidates = candidates.filter((doc) => inWord.has(doc));
    } else {
      candidates = candidates.filter((doc) => ds.some((d) => fieldIds.some((f) => d.data.get(f)?.has(doc))));
    }
    if (candidates.length === 0) return [];
  }

  // Scores summed in MiniSearch's order (word, then completion, then field), so they come out
  // the same to the last bit.
  const n = candidates.length;
  const at = new Map<number, number>();
  candidates.forEach((doc, i) => at.set(doc, i));
  const lengths = candidates.map((doc) => m._fieldLength.get(doc)!);
  const total = new Float64Array(n);
  const wordScore = new Float64Array(n);
  const terms: string[][] = Array.from({ length: n }, () => []);
  for (const ds of derived) {
    wordScore.fill(0);
    for (const d of ds) {
      for (let k = 0; k < fieldIds.length; k++) {
        const f = fieldIds[k]!;
        const postings = d.data.get(f);
        if (!postings) continue;
        // With discarded articles not yet vacuumed, MiniSearch counts them out as it meets them;
        // here they count until the vacuum (a difference in the fifth digit of a score).
        const matching = postings.size;
        const idf = Math.log(1 + (m._documentCount - matching + 0.5) / (matching + 0.5));
        const weight = d.weight * fieldBoosts[k]!;
        const avg = m._avgFieldLength[f]!;
        const add = (i: number, freq: number) => {
          const bm25 = idf * (D + (freq * (K + 1)) / (freq + K * (1 - B + (B * lengths[i]![f]!) / avg)));
          wordScore[i]! += weight * bm25;
          if (!terms[i]!.includes(d.term)) terms[i]!.push(d.term);
        };
        if (postings.size <= n) {
          postings.forEach((freq, doc) => {
            const i = at.get(doc);
            if (i !== undefined) add(i, freq);
          });
        } else {
          for (let i = 0; i < n; i++) {
            const freq = postings.get(candidates[i]!);
            if (freq !== undefined) add(i, freq);
          }
        }
      }
    }
    for (let i = 0; i < n; i++) total[i]! += wordScore[i]!;
  }

  const quality = new Set(words.map((w) => w.term)).size;
  const hits: AllWordsHit[] = [];
  for (let i = 0; i < n; i++) hits.push({ id: m._documentIds.get(candidates[i]!)!, score: total[i]! * quality, terms: terms[i]! });
  return hits.sort((a, b) => b.score - a.score);
}

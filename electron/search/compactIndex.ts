/**
 * The search index written and read without MiniSearch's `toJSON` object. `toJSON` builds one
 * object per term with a string key per posting ({"123": 4, ...}) — about 50 MB of short-lived
 * heap for 10,000 articles, on top of the index itself, then the whole file as one string: the
 * web host's memory peaked while saving. Here each term's postings are a flat array of numbers
 * ([fieldId, count, docId, freq, ..., fieldId, ...]), written a slice at a time, and read back
 * one term at a time into MiniSearch's own `loadJS` (which accepts any iterable of terms).
 *
 * This reads MiniSearch's private fields (the package is pinned at 7.2.0); persist.test checks
 * that a saved index searches exactly as the one it was saved from.
 */
import MiniSearch, { type Options } from 'minisearch';

type FieldPostings = Map<number, Map<number, number>>;

/** MiniSearch 7's state, as its own toJSON reads it. */
interface MiniInternals {
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
  _index: Iterable<[string, FieldPostings]>;
}

/** Everything but the terms, in loadJS's shape. */
export interface MiniHead {
  documentCount: number;
  nextId: number;
  documentIds: Record<string, unknown>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  storedFields: Record<string, unknown>;
  dirtCount: number;
  serializationVersion: 2;
}

export type CompactTerm = [term: string, postings: number[]];

function internals<T>(mini: MiniSearch<T>): MiniInternals {
  const m = mini as unknown as MiniInternals;
  if (!(m._documentIds instanceof Map) || typeof m._index?.[Symbol.iterator] !== 'function') {
    throw new Error('minisearch internals changed: update electron/search/compactIndex.ts');
  }
  return m;
}

export function headOf<T>(mini: MiniSearch<T>): MiniHead {
  const m = internals(mini);
  return {
    documentCount: m._documentCount,
    nextId: m._nextId,
    documentIds: Object.fromEntries(m._documentIds),
    fieldIds: m._fieldIds,
    fieldLength: Object.fromEntries(m._fieldLength),
    averageFieldLength: m._avgFieldLength,
    storedFields: Object.fromEntries(m._storedFields),
    dirtCount: m._dirtCount,
    serializationVersion: 2,
  };
}

/** The index's terms as JSON text, `,`-separated, about `chunkChars` characters a piece. */
export function* termChunks<T>(mini: MiniSearch<T>, chunkChars = 256 * 1024): Generator<string> {
  let chunk = '';
  let first = true;
  for (const [term, fields] of internals(mini)._index) {
    const postings: number[] = [];
    for (const [fieldId, docs] of fields) {
      postings.push(fieldId, docs.size);
      for (const [doc, freq] of docs) postings.push(doc, freq);
    }
    chunk += (first ? '' : ',') + JSON.stringify([term, postings] satisfies CompactTerm);
    first = false;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Rebuilds a MiniSearch from its head and compact terms, one term's objects at a time. */
export function loadCompact<T>(head: MiniHead, terms: readonly CompactTerm[], options: Options<T>): MiniSearch<T> {
  function* index(): Generator<[string, Record<string, Record<string, number>>]> {
    for (const entry of terms) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) throw new Error('a term entry of the wrong shape');
      const [term, p] = entry;
      const data: Record<string, Record<string, number>> = {};
      for (let i = 0; i < p.length; ) {
        const fieldId = p[i++]!;
        const n = p[i++]!;
        const docs: Record<string, number> = {};
        for (let k = 0; k < n; k++, i += 2) docs[p[i]!] = p[i + 1]!;
        data[fieldId] = docs;
      }
      yield [term, data];
    }
  }
  return MiniSearch.loadJS<T>({ ...head, index: index() } as unknown as Parameters<typeof MiniSearch.loadJS>[0], options);
}

/**
 * The search index written and read without MiniSearch's `toJSON` object. `toJSON` builds one
 * object per term with a string key per posting ({"123": 4, ...}) — about 50 MB of short-lived
 * heap for 10,000 articles, on top of the index itself, then the whole file as one string: the
 * web host's memory peaked while saving. Here each term's postings are a flat array of numbers
 * ([fieldId, count, docId, freq, ..., fieldId, ...]), written a slice at a time, and read back
 * one term at a time straight into the compact postings lists the index keeps in memory
 * (postings.ts).
 *
 * This reads MiniSearch's private fields (the package is pinned at 7.2.0); persist.test checks
 * that a saved index searches exactly as the one it was saved from.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { JsonPieces } from './jsonPieces.ts';
import { Postings } from './postings.ts';

type FieldPostings = Map<number, Postings>;

/** MiniSearch's term tree (SearchableMap), as far as it is used here. */
interface TermIndex {
  fetch(term: string, create: () => Map<number, Postings>): Map<number, Postings>;
  set(term: string, fields: Map<number, Postings>): void;
}

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

/**
 * MiniSearch's head as JSON, in loadJS's shape (MiniHead): the scalar fields, then its per-article
 * maps one entry at a time (10,000 entries: about 0.5 MB of text that need not exist at once).
 */
export function* headJson<T>(mini: MiniSearch<T>, out: JsonPieces): Generator<string> {
  const m = internals(mini);
  const scalars: Omit<MiniHead, 'documentIds' | 'fieldLength' | 'storedFields'> = {
    documentCount: m._documentCount,
    nextId: m._nextId,
    fieldIds: m._fieldIds,
    averageFieldLength: m._avgFieldLength,
    dirtCount: m._dirtCount,
    serializationVersion: 2,
  };
  out.add(JSON.stringify(scalars).slice(0, -1));
  for (const [name, map] of [['documentIds', m._documentIds], ['fieldLength', m._fieldLength], ['storedFields', m._storedFields]] as const) {
    out.add(`,"${name}":{`);
    let sep = '';
    for (const [shortId, value] of map as Map<number, unknown>) {
      if (value === undefined) continue; // as JSON.stringify leaves it out
      if (out.add(`${sep}"${shortId}":${JSON.stringify(value)}`)) yield out.take();
      sep = ',';
    }
    out.add('}');
  }
  out.add('}');
}

/** The index's terms as JSON (CompactTerm), `,`-separated, with no array or object per term. */
export function* termsJson<T>(mini: MiniSearch<T>, out: JsonPieces): Generator<string> {
  let sep = '';
  for (const [term, fields] of internals(mini)._index) {
    out.add(`${sep}[${JSON.stringify(term)},[`);
    sep = ',';
    let inner = '';
    for (const [fieldId, docs] of fields) {
      out.add(`${inner}${fieldId},${docs.size}`);
      inner = ',';
      for (const [doc, freq] of docs) if (out.add(`,${doc},${freq}`)) yield out.take();
    }
    out.add(']]');
  }
}

/**
 * Makes `mini` keep each term's postings in a Postings (postings.ts) instead of a Map: MiniSearch
 * 7.2 creates that Map in one place, `addTerm`, which this replaces on the instance with the same
 * code around a Postings. Everything else MiniSearch does with the postings goes through the
 * Map-like interface Postings speaks.
 */
export function storePostingsCompactly<T>(mini: MiniSearch<T>): MiniSearch<T> {
  const m = internals(mini) as MiniInternals & { addTerm?: unknown; _index: TermIndex };
  if (typeof (MiniSearch.prototype as unknown as { addTerm?: unknown }).addTerm !== 'function') {
    throw new Error('minisearch internals changed: update electron/search/compactIndex.ts');
  }
  // Each word of an article is looked up in MiniSearch's radix tree, which walks the keys of each
  // node it passes with a Map iterator (a cold build of 10,000 articles allocated 1.1 GB, 0.93 GB
  // with this, and took ~20% more CPU). A plain map from the word to its tree entry skips the walk. An entry is only dropped from the tree once it is empty, and
  // only ever filled again through a fresh look-up, so a cached entry that is empty is looked up
  // anew; `trimPostings` empties the cache after a build.
  m.addTerm = (fieldId: number, documentId: number, term: string): void => {
    const cache = (termCache.get(mini) as Map<string, Map<number, Postings>> | undefined) ?? new Map<string, Map<number, Postings>>();
    if (cache.size === 0) termCache.set(mini, cache);
    let fields = cache.get(term);
    if (fields === undefined || fields.size === 0) {
      fields = m._index.fetch(term, () => new Map());
      cache.set(term, fields);
    }
    const postings = fields.get(fieldId);
    if (postings == null) fields.set(fieldId, new Postings().set(documentId, 1));
    else postings.set(documentId, (postings.get(documentId) ?? 0) + 1);
  };
  return mini;
}

/** Each index's words and their entries in its tree, while it is being built (see addTerm). */
const termCache = new WeakMap<object, Map<string, Map<number, Postings>>>();

/** Gives back the spare room of every growing postings list, and the build's word cache (after a build). */
export function trimPostings<T>(mini: MiniSearch<T>): void {
  termCache.delete(mini);
  for (const [, fields] of internals(mini)._index) for (const [, postings] of fields) postings.trim();
}

/**
 * Rebuilds a MiniSearch from its head and compact terms: each term's flat postings go straight
 * into Postings (no object per term, no Map per field).
 */
export function loadCompact<T>(head: MiniHead, terms: Iterable<CompactTerm>, options: Options<T>): MiniSearch<T> {
  const mini = storePostingsCompactly(MiniSearch.loadJS<T>({ ...head, index: [] } as unknown as Parameters<typeof MiniSearch.loadJS>[0], options));
  const index = (internals(mini) as MiniInternals & { _index: TermIndex })._index;
  for (const entry of terms) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) throw new Error('a term entry of the wrong shape');
    const [term, p] = entry;
    const fields = new Map<number, Postings>();
    for (let i = 0; i < p.length; ) {
      const fieldId = p[i++]!;
      const n = p[i++]!;
      if (!Number.isInteger(fieldId) || !Number.isInteger(n) || n < 1 || i + n * 2 > p.length) throw new Error('a term entry of the wrong shape');
      fields.set(fieldId, Postings.fromPairs(p, i, n));
      i += n * 2;
    }
    index.set(term, fields);
  }
  return mini;
}

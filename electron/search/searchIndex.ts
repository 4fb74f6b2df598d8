/**
 * The in-memory full-text index of a library: MiniSearch over headline, standfirst, body, byline
 * and tags, plus each article's list fields for filtering and sorting. It knows nothing of the
 * disk; LibraryIndex (libraryIndex.ts) loads, persists and keeps it current.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { ArticleStatus } from '../../shared/article/schema.ts';
import { metaOf, type DocMeta, type SearchDoc } from './doc.ts';
import { searchAllWords } from './allWords.ts';
import { headJson, loadCompact, storePostingsCompactly, termsJson, trimPostings, type CompactTerm, type MiniHead } from './compactIndex.ts';
import { JsonPieces } from './jsonPieces.ts';
import { termOf, tokenize } from './terms.ts';

/** Bump when tokenising, folding or fields change: a persisted index of another version is rebuilt. */
export const INDEX_VERSION = 2;

const FIELDS = ['title', 'standfirst', 'body', 'byline', 'tags'] as const;
const BOOST = { title: 3, byline: 2, tags: 2, standfirst: 1.5 };

export const MINISEARCH_OPTIONS: Options<SearchDoc> & { fields: string[] } = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => termOf(term),
  extractField: (doc, field) => {
    const v = (doc as unknown as Record<string, unknown>)[field];
    return Array.isArray(v) ? v.join(' ') : (v as string | undefined) ?? '';
  },
  // Discarded entries are cleaned up in the background once enough of them pile up.
  autoVacuum: { minDirtCount: 50, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
};

export type SortKey = 'relevance' | 'edited' | 'created' | 'headline';

export interface SearchQuery {
  query: string;
  status?: ArticleStatus[];
  tag?: string;
  /** Edited on or after / before this ISO date or datetime. */
  from?: string;
  to?: string;
  sort?: SortKey;
  limit?: number;
}

export interface RawHit {
  meta: DocMeta;
  score: number;
  /** The indexed terms that matched (folded, lower case). */
  terms: string[];
}

export class SearchIndex {
  readonly mini: MiniSearch<SearchDoc>;
  readonly docs: Map<string, DocMeta>;

  constructor(mini?: MiniSearch<SearchDoc>, docs?: Map<string, DocMeta>) {
    this.mini = mini ?? storePostingsCompactly(new MiniSearch<SearchDoc>(MINISEARCH_OPTIONS));
    this.docs = docs ?? new Map();
  }

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  stampOf(id: string): string | undefined {
    return this.docs.get(id)?.stamp;
  }

  /** Adds the article, or replaces what the index held for it. */
  upsert(doc: SearchDoc): void {
    if (this.docs.has(doc.id)) this.mini.discard(doc.id);
    this.mini.add(doc);
    this.docs.set(doc.id, metaOf(doc));
  }

  /** Gives back the spare room the postings lists keep while growing (call after a build). */
  trim(): void {
    trimPostings(this.mini);
  }

  remove(id: string): boolean {
    if (!this.docs.has(id)) return false;
    this.mini.discard(id);
    this.docs.delete(id);
    return true;
  }

  /** Every match for the query after filters, sorted; `total` before the limit is applied. */
  search(q: SearchQuery): { total: number; hits: RawHit[] } {
    const filter = makeFilter(q);
    const text = q.query.trim();
    const limit = q.limit ?? 50;
    let hits: RawHit[];
    const words = tokenize(text).map(termOf).filter((t): t is string => t !== null);
    if (words.length > 0) {
      const passes = (r: { id: string }) => {
        const meta = this.docs.get(r.id);
        return meta !== undefined && (!filter || filter(meta));
      };
      // Every word must match; the word being typed (the last) matches as a prefix too.
      let found: { id: string; score: number; terms: string[] }[] = searchAllWords(
        this.mini,
        words.map((term, i) => ({ term, prefix: i === words.length - 1 })),
        BOOST,
        FIELDS,
      );
      if (filter) found = found.filter(passes);
      // A typo is forgiven only when the exact words find nothing: fuzzy matching over a big
      // vocabulary is the slowest part of a search.
      if (found.length === 0) {
        found = this.mini.search(text, {
          combineWith: 'AND',
          prefix: (_term, i, terms) => i === terms.length - 1,
          fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
          maxFuzzy: 2,
          boost: BOOST,
          ...(filter && { filter: (r: SearchResult) => passes(r as unknown as { id: string }) }),
        }) as unknown as typeof found;
      }
      // Ranked by relevance, only the page shown needs its list fields; other orders need all.
      const sortBy = q.sort ?? 'relevance';
      const kept = sortBy === 'relevance' ? found.slice(0, limit) : found;
      hits = [];
      for (const r of kept) {
        const meta = this.docs.get(r.id as string);
        if (meta) hits.push({ meta, score: r.score, terms: r.terms });
      }
      if (sortBy !== 'relevance') hits.sort(COMPARE[sortBy]);
      return { total: found.length, hits: hits.slice(0, limit) };
    }
    // No words: the list in order. A page of it is picked without a hit per article (the
    // sidebar asks for a page while the index builds; 10,000 hits sorted on each ask were
    // enough surviving garbage to grow V8's young generation).
    const compare = COMPARE[q.sort && q.sort !== 'relevance' ? q.sort : 'edited'];
    const page: RawHit[] = [];
    const probe: RawHit = { meta: undefined as unknown as DocMeta, score: 0, terms: [] };
    let total = 0;
    for (const meta of this.docs.values()) {
      if (filter && !filter(meta)) continue;
      total++;
      probe.meta = meta;
      if (page.length >= limit && (limit <= 0 || compare(probe, page[limit - 1]!) >= 0)) continue;
      // After every hit that sorts before it or level with it (as the stable sort placed them).
      let lo = 0;
      let hi = page.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(probe, page[mid]!) < 0) hi = mid;
        else lo = mid + 1;
      }
      page.splice(lo, 0, { meta, score: 0, terms: [] });
      if (page.length > limit) page.pop();
    }
    return { total, hits: page };
  }

  /**
   * The index as JSON text, a piece at a time (compactIndex.ts): the list fields, MiniSearch's
   * head, then its terms. Read back with `fromParsed`.
   */
  *jsonChunks(): Generator<string> {
    const out = new JsonPieces();
    out.add('{"docs":[');
    let sep = '';
    for (const meta of this.docs.values()) {
      if (out.add(sep + JSON.stringify(meta))) yield out.take();
      sep = ',';
    }
    out.add('],"mini":');
    yield* headJson(this.mini, out);
    out.add(',"terms":[');
    yield* termsJson(this.mini, out);
    out.add(']}');
    yield out.take();
  }

  static fromParsed(data: { docs: DocMeta[]; mini: MiniHead; terms: Iterable<CompactTerm> }): SearchIndex {
    if (!Array.isArray(data.docs) || !data.mini || typeof data.terms?.[Symbol.iterator] !== 'function') throw new Error('not an index of this version');
    const mini = loadCompact<SearchDoc>(data.mini, data.terms, MINISEARCH_OPTIONS);
    const docs = new Map(data.docs.map((d) => [d.id, d]));
    if (mini.documentCount !== docs.size) throw new Error(`index holds ${mini.documentCount} documents but ${docs.size} entries`);
    return new SearchIndex(mini, docs);
  }
}

const COMPARE: Record<Exclude<SortKey, 'relevance'>, (a: RawHit, b: RawHit) => number> = {
  edited: (a, b) => cmp(b.meta.updatedAt, a.meta.updatedAt),
  created: (a, b) => cmp(b.meta.createdAt, a.meta.createdAt),
  headline: (a, b) => a.meta.title.localeCompare(b.meta.title, 'en', { sensitivity: 'base' }) || cmp(a.meta.id, b.meta.id),
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The list filters of a query, or null when it has none (every article passes). */
function makeFilter(q: SearchQuery): ((meta: DocMeta) => boolean) | null {
  const statuses = q.status && q.status.length > 0 ? new Set(q.status) : null;
  const tag = q.tag?.trim().toLowerCase() || null;
  // A bare date "to" includes the whole of that day.
  const to = q.to && /^\d{4}-\d{2}-\d{2}$/.test(q.to) ? `${q.to}T23:59:59.999Z` : q.to;
  if (!statuses && !tag && !q.from && !to) return null;
  return (m) =>
    (!statuses || statuses.has(m.status)) &&
    (!tag || m.tags.some((t) => t.toLowerCase() === tag)) &&
    (!q.from || m.updatedAt >= q.from) &&
    (!to || m.updatedAt <= to);
}

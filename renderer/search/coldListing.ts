/**
 * A library opened with a cold metadata cache takes a full scan before `library.list` answers
 * (seconds, for ten thousand articles). Meanwhile the search index, which is built or caught up in
 * batches, already knows the articles it has read: this shows them, most recently edited first,
 * with how far the scan has got, until the full listing arrives and replaces them.
 */
import type { ArticleSummary } from '../../shared/article/schema.ts';
import { call } from '../api/client.ts';

/** The full listing usually answers in well under this; only then is progress worth showing. */
export const COLD_AFTER_MS = 400;
const POLL_MS = 500;
const SHOWN = 500;

export interface PartialListing {
  articles: ArticleSummary[];
  /** How many articles have been read so far out of how many; null when the index is complete. */
  progress: { done: number; total: number } | null;
}

export async function partialListing(): Promise<PartialListing> {
  const r = await call('library.search', { query: '', sort: 'edited', limit: SHOWN });
  return {
    // Enough to show in the list; revision and word count arrive with the full listing.
    articles: r.hits.map((h) => ({ id: h.id, title: h.title, status: h.status, tags: h.tags, createdAt: h.createdAt, updatedAt: h.updatedAt, revision: 0, wordCount: 0, trashedAt: null })),
    progress: r.indexing ?? { done: r.total, total: r.total },
  };
}

/**
 * Runs `full` (the real listing); if it has not answered after COLD_AFTER_MS, calls `onPartial`
 * with what the search index knows, every POLL_MS, until it does. Partial results never arrive
 * after the full one.
 */
export async function listProgressively<T>(full: Promise<T>, onPartial: (p: PartialListing) => void): Promise<T> {
  let done = false;
  const finished = full.finally(() => {
    done = true;
  });
  const poll = async () => {
    await new Promise((r) => setTimeout(r, COLD_AFTER_MS));
    while (!done) {
      const partial = await partialListing().catch(() => null);
      if (done) break;
      if (partial) onPartial(partial);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };
  void poll();
  return finished;
}

/**
 * A library opened with a cold metadata cache takes a full scan before `library.list` answers
 * (a second or more, for ten thousand articles). Meanwhile the host reports what that scan has
 * read so far (`library.listProgress`): this shows those articles, most recently edited first,
 * with how far the scan has got, until the full listing arrives and replaces them. (It used to ask
 * the search index, which then had to be built beside the listing and slowed it down.)
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

/** What the running listing has read so far, or null when none is running (it has just answered). */
export async function partialListing(): Promise<PartialListing | null> {
  const r = await call('library.listProgress', { limit: SHOWN });
  return r.progress ? { articles: r.articles, progress: r.progress } : null;
}

/**
 * Runs `full` (the real listing); if it has not answered after COLD_AFTER_MS, calls `onPartial`
 * with what it has read so far, every POLL_MS, until it does. Partial results never arrive
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

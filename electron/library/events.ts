/**
 * What the library tells the rest of the app after a change has reached the disk. Search
 * indexing and history snapshots (issue 5) subscribe here instead of being called from inside
 * the service, so the service stays about files.
 */
import type { Article, ArticleSummary } from '../../shared/article/schema.ts';

export type LibraryEvent =
  | { type: 'created'; article: Article; summary: ArticleSummary }
  | { type: 'saved'; article: Article; previous: Article; summary: ArticleSummary }
  /** Emitted after 'saved' when the save changed the title. */
  | { type: 'renamed'; id: string; title: string; previousTitle: string; summary: ArticleSummary }
  | { type: 'trashed'; id: string; summary: ArticleSummary }
  | { type: 'restored'; id: string; article: Article; summary: ArticleSummary }
  | { type: 'purged'; id: string };

export type LibraryListener = (event: LibraryEvent) => void | Promise<void>;

export class LibraryEvents {
  readonly #listeners = new Set<LibraryListener>();
  /** Reports a listener's failure; a failing listener never fails the save that triggered it. */
  onListenerError: (err: unknown, event: LibraryEvent) => void = (err, event) => {
    console.error(`copydesk: a library '${event.type}' listener failed:`, err);
  };

  subscribe(listener: LibraryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async emit(event: LibraryEvent): Promise<void> {
    for (const listener of this.#listeners) {
      try {
        await listener(event);
      } catch (err) {
        this.onListenerError(err, event);
      }
    }
  }
}

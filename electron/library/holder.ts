/**
 * The library in use. Preferences can point Copydesk at another folder while it runs, so the
 * hosts hold a LibraryHolder rather than a LibraryService; modules that follow the library
 * (search index, history) subscribe with `onOpen` and get every library as it is opened.
 */
import { LibraryService } from './service.ts';

export class LibraryHolder {
  #current: Promise<LibraryService>;
  /** The library once it has opened; null while the first one is still opening (or failed). */
  #opened: LibraryService | null = null;
  readonly #openListeners = new Set<(library: LibraryService) => void>();
  readonly #closeTasks = new Set<() => Promise<void>>();

  constructor(dir: string) {
    this.#current = LibraryService.open(dir).then((library) => {
      this.#announce(library);
      return library;
    });
    // Keep a failed open observable by callers without an unhandled rejection in between.
    this.#current.catch(() => undefined);
  }

  #announce(library: LibraryService): void {
    this.#opened = library;
    for (const listener of this.#openListeners) listener(library);
  }

  current(): Promise<LibraryService> {
    return this.#current;
  }

  /** Opens `dir` (creating it if needed); the old library stays in use if that fails. */
  async switchTo(dir: string): Promise<LibraryService> {
    const next = await LibraryService.open(dir);
    const previous = this.#current;
    this.#current = Promise.resolve(next);
    this.#announce(next);
    await previous.then((lib) => lib.close(), () => undefined);
    return next;
  }

  /** Calls `listener` once for the library now open (when it is) and once for every later one. */
  onOpen(listener: (library: LibraryService) => void): () => void {
    this.#openListeners.add(listener);
    if (this.#opened) listener(this.#opened);
    return () => this.#openListeners.delete(listener);
  }

  /**
   * Runs `task` when the holder closes, before the library does: followers save what they keep
   * (the search index's first save after a cold build takes a second or two for 10,000 articles;
   * a host that quit without waiting for it rebuilt the whole index on the next start).
   */
  onClose(task: () => Promise<void>): () => void {
    this.#closeTasks.add(task);
    return () => this.#closeTasks.delete(task);
  }

  async close(): Promise<void> {
    await Promise.all([...this.#closeTasks].map((task) => task().catch((err: unknown) => console.error('copydesk: closing', err))));
    await this.#current.then((lib) => lib.close(), () => undefined);
  }
}

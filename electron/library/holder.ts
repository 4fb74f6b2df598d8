/**
 * The library in use. Preferences can point Copydesk at another folder while it runs, so the
 * hosts hold a LibraryHolder rather than a LibraryService; modules that follow the library
 * (search index, history) subscribe with `onOpen` and get every library as it is opened.
 */
import { LibraryService } from './service.ts';

export class LibraryHolder {
  #current: Promise<LibraryService>;
  readonly #openListeners = new Set<(library: LibraryService) => void>();

  constructor(dir: string) {
    this.#current = this.#open(dir);
  }

  #open(dir: string): Promise<LibraryService> {
    const opening = LibraryService.open(dir).then((library) => {
      for (const listener of this.#openListeners) listener(library);
      return library;
    });
    // Keep a failed open observable by callers without an unhandled rejection in between.
    opening.catch(() => undefined);
    return opening;
  }

  current(): Promise<LibraryService> {
    return this.#current;
  }

  /** Opens `dir` (creating it if needed); the old library stays in use if that fails. */
  async switchTo(dir: string): Promise<LibraryService> {
    const next = await LibraryService.open(dir);
    const previous = this.#current;
    this.#current = Promise.resolve(next);
    for (const listener of this.#openListeners) listener(next);
    await previous.then((lib) => lib.close(), () => undefined);
    return next;
  }

  /** Calls `listener` for the library now open (once it is) and for every later one. */
  onOpen(listener: (library: LibraryService) => void): () => void {
    this.#openListeners.add(listener);
    this.#current.then((lib) => {
      if (this.#openListeners.has(listener)) listener(lib);
    }, () => undefined);
    return () => this.#openListeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.#current.then((lib) => lib.close(), () => undefined);
  }
}

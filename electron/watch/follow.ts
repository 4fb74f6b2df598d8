/**
 * Everything that follows the library in use (issue 5): its search index, its name index, its
 * history and the watcher that reports other programs' changes to the folder. Opened for each
 * library the holder opens and closed when the holder moves to another, so handlers simply ask
 * for `current()`.
 */
import type { LibraryHolder } from '../library/holder.ts';
import type { LibraryService } from '../library/service.ts';
import { historyOnLibraryEvents } from '../history/autoSnapshot.ts';
import { HistoryStore } from '../history/store.ts';
import type { NameIndex } from '../names/nameIndex.ts';
import { indexOnLibraryEvents } from '../search/attach.ts';
import { LibraryIndex } from '../search/libraryIndex.ts';
import { indexFolderChanges } from './connect.ts';
import { watchLibrary, type LibraryWatcher } from './libraryWatcher.ts';

export interface LibraryExtras {
  library: LibraryService;
  search: LibraryIndex;
  /**
   * The name index, opened on first use: building it runs the analysis engine over every
   * article, which a big library should not pay for at start-up unless names are asked about.
   */
  names(): Promise<NameIndex>;
  history: HistoryStore;
  close(): Promise<void>;
}

export async function openExtras(library: LibraryService, options: { watch?: boolean } = {}): Promise<LibraryExtras> {
  const search = await LibraryIndex.open(library.dir);
  const history = new HistoryStore(library.dir);
  const unsubscribe = [indexOnLibraryEvents(search, library.events), historyOnLibraryEvents(history, library.events)];
  let names: Promise<NameIndex> | null = null;
  let namesNow: NameIndex | null = null;
  const openNames = () => {
    names ??= openNameIndex(library.dir).then(({ index, attach }) => {
      namesNow = index;
      unsubscribe.push(attach(index, library.events));
      return index;
    });
    return names;
  };
  // Not awaited: the watcher's first scan of a folder of 10,000 files takes seconds on a busy
  // machine, and a search asked for meanwhile should not wait for it.
  let watcher: Promise<LibraryWatcher | null> = Promise.resolve(null);
  if (options.watch !== false) {
    watcher = watchLibrary(library.dir, (changes) => {
      indexFolderChanges(search, changes);
      for (const c of changes) namesNow?.fileChanged(c.id);
    }).catch((err: unknown) => {
      // Without a watcher the library still works; outside changes are caught on the next open.
      console.error(`copydesk: cannot watch ${library.dir} for outside changes:`, err);
      return null;
    });
  }
  return {
    library,
    search,
    names: openNames,
    history,
    async close() {
      for (const u of unsubscribe) u();
      await (await watcher)?.close();
      await Promise.all([search.close(), names?.then((n) => n.close())]);
    },
  };
}

/**
 * The name index and the analysis engine it runs are loaded on the first names call, not with the
 * host: the engine's modules take about 50 MB of heap, which a session that never asks about
 * names (or asks late) should not carry from start-up.
 */
async function openNameIndex(dir: string) {
  const [{ NameIndex }, { namesOnLibraryEvents }] = await Promise.all([import('../names/nameIndex.ts'), import('../names/attach.ts')]);
  return { index: await NameIndex.open(dir), attach: namesOnLibraryEvents };
}

/** Keeps one LibraryExtras, for the holder's current library; the previous one is closed. */
export class ExtrasFollower {
  #open: { library: LibraryService; extras: Promise<LibraryExtras> } | null = null;
  readonly #options: { watch?: boolean };
  readonly #stop: () => void;
  readonly #stopClosing: () => void;
  #closed = false;

  #listed: () => void = () => undefined;
  /** Listings running now: the indexes wait for them (reading every file twice at once halves both). */
  #listing = 0;

  /**
   * Indexes start loading once the library has been listed, or after `startDelayMs` when no
   * listing is running then (a host nobody lists still gets its index): the list on screen comes
   * first, the search index right after. A search asked for earlier opens them at once.
   */
  constructor(holder: LibraryHolder, options: { watch?: boolean; startDelayMs?: number } = {}) {
    this.#options = options;
    this.#stop = holder.onOpen((library) => {
      const listed = new Promise<void>((resolve) => {
        this.#listed = resolve;
        setTimeout(() => {
          if (this.#listing === 0) resolve();
        }, options.startDelayMs ?? 1500).unref?.();
      });
      void listed.then(() => (this.#closed ? undefined : this.current(library))).catch(() => undefined);
    });
    // The host closing (quit, SIGTERM) saves the indexes first.
    this.#stopClosing = holder.onClose(() => this.close());
  }

  /** Whether the indexes of the library in use have been opened (or are opening). */
  get started(): boolean {
    return this.#open !== null;
  }

  /** A listing has started: the indexes wait until it is done. */
  listingStarted(): void {
    this.#listing++;
  }

  /** The library has been listed (or the listing failed): start loading its indexes now. */
  libraryListed(): void {
    this.#listing = Math.max(0, this.#listing - 1);
    this.#listed();
  }

  /** The extras of `library` (the one the holder has open), opening them on first use. */
  current(library: LibraryService): Promise<LibraryExtras> {
    if (this.#open?.library === library) return this.#open.extras;
    const previous = this.#open;
    const extras = openExtras(library, this.#options);
    this.#open = { library, extras };
    void previous?.extras.then((p) => p.close()).catch(() => undefined);
    return extras;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#stop();
    this.#stopClosing();
    const open = this.#open;
    this.#open = null;
    await (await open?.extras.catch(() => null))?.close();
  }
}

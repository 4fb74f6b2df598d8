/**
 * The house style book of the library in use (`style-book.json` in the library folder), as the
 * host last reported it. Loaded at start and whenever Preferences opens (a colleague may have
 * changed it); `save` writes a new book and keeps what the host answered. The analysis worker
 * follows `book` (follow.ts).
 */
import { create } from 'zustand';
import type { StyleBook } from '../../shared/analysis/types.ts';
import type { StyleBookEntry, StyleBookState } from '../../shared/contract/styleBook.ts';
import { call } from '../api/client.ts';

export interface StyleBookStore {
  /** What the host said about the file; null until the first load answers. */
  file: StyleBookState | null;
  /** The book the checks use: null when there is none, it is empty or the file is damaged. */
  book: StyleBook | null;
  /** Why the book could not be loaded at all (the host did not answer). */
  loadError: string | null;
  load(): Promise<void>;
  /** Saves over the file's `baseVersion` (null: no file); refused ('conflict') if the file is no longer that. */
  save(entries: StyleBookEntry[], baseVersion: string | null): Promise<StyleBookState & { backupPath: string | null }>;
}

/** The engine's form of the entries: preferred form → variants. */
export function bookOf(entries: readonly StyleBookEntry[]): StyleBook | null {
  if (entries.length === 0) return null;
  return { entries: Object.fromEntries(entries.map((e) => [e.preferred, [...e.variants]])) };
}

export const useStyleBook = create<StyleBookStore>()((set, get) => ({
  file: null,
  book: null,
  loadError: null,

  async load() {
    try {
      const file = await call('styleBook.get', {});
      set({ file, book: bookOf(file.entries), loadError: null });
    } catch (err) {
      set({ loadError: (err as Error).message });
    }
  },

  async save(entries, baseVersion) {
    const file = get().file;
    const saved = await call('styleBook.save', {
      entries,
      ...(file?.name ? { name: file.name } : {}),
      ...(file?.description ? { description: file.description } : {}),
      baseVersion,
    });
    set({ file: saved, book: bookOf(saved.entries), loadError: null });
    return saved;
  },
}));

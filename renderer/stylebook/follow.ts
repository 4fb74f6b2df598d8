/**
 * Keeps the analysis worker on the library's house style book: sends the book when it first
 * loads and again whenever it changes (a save, a colleague's new book found when the window
 * comes back to the front, or another library folder).
 * The client then checks the open article again at once.
 */
import type { StyleBook } from '../../shared/analysis/types.ts';
import { usePreferences } from '../stores/preferences.ts';
import { useStyleBook } from './store.ts';

interface StyleBookTarget {
  setStyleBook(book: StyleBook | null): void;
}

const following = new WeakSet<StyleBookTarget>();

export function followStyleBook(target: StyleBookTarget): void {
  if (following.has(target)) return;
  following.add(target);
  let sent = JSON.stringify(useStyleBook.getState().book);
  if (useStyleBook.getState().book) target.setStyleBook(useStyleBook.getState().book);
  useStyleBook.subscribe((state) => {
    // Compared by content: a reload that finds the same book re-checks nothing.
    const key = JSON.stringify(state.book);
    if (key === sent) return;
    sent = key;
    target.setStyleBook(state.book);
  });
  // Another library folder (Preferences, desktop app) has its own book.
  usePreferences.subscribe((now, before) => {
    if (before.info && now.info?.libraryDir !== before.info.libraryDir) void useStyleBook.getState().load();
  });
  // A colleague may save the shared book while this window is in the background: look again
  // when it comes back (a small file; an unchanged book re-checks nothing).
  globalThis.addEventListener?.('focus', () => void useStyleBook.getState().load());
  if (!useStyleBook.getState().file) void useStyleBook.getState().load();
}

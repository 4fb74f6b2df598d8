/**
 * Edits a crash left unsaved, offered back: on start and whenever an article is opened the
 * journal is read (`journal.list`), and each entry that would change the article on disk
 * becomes an offer. Recover applies the edits to the open article through the article store
 * (so they show and autosave like typing); Discard forgets them. An entry made on a revision
 * that has since been saved over is still offered, marked `movedOn`, so the prompt can say so.
 */
import { create } from 'zustand';
import type { Article } from '../../shared/article/schema.ts';
import type { ArticleChanges, JournalEntry } from '../../shared/contract/api.ts';
import { call } from '../api/client.ts';
import { applyRecoveredChanges, useArticle } from '../stores/article.ts';
import { discardJournal, journalledThisSession } from './journalWriter.ts';

export interface RecoveryOffer {
  entry: JournalEntry;
  /** The headline the writer will recognise: the journalled one if the title was changed, else the one on disk. */
  title: string;
  /** The article on disk was saved after the edits' base revision (by someone else, or another window). */
  movedOn: boolean;
  /** The parts of the article the edits change, in words ("the headline", "the body"…). */
  parts: string[];
}

interface RecoveryState {
  offers: RecoveryOffer[];
  error: string | null;
  check(): Promise<void>;
  recover(id: string): Promise<void>;
  discard(id: string): Promise<void>;
}

const PART_NAMES: Record<keyof ArticleChanges, string> = {
  title: 'the headline', standfirst: 'the standfirst', byline: 'the byline', dateline: 'the dateline',
  status: 'the status', tags: 'the tags', body: 'the body', flags: 'the flags', quotes: 'the quote checks',
  dismissed: 'the dismissed findings',
};

/** The fields whose journalled value differs from the article on disk. */
export function changedParts(changes: ArticleChanges, onDisk: Article): (keyof ArticleChanges)[] {
  return (Object.keys(changes) as (keyof ArticleChanges)[]).filter(
    (key) => changes[key] !== undefined && JSON.stringify(changes[key]) !== JSON.stringify(onDisk[key]),
  );
}

let checking: Promise<void> | null = null;

async function readOffers(): Promise<RecoveryOffer[]> {
  const { entries } = await call('journal.list', {});
  const offers: RecoveryOffer[] = [];
  for (const entry of entries) {
    // This session's own entries belong to typing in progress, not to a crash.
    if (journalledThisSession(entry.id)) continue;
    let onDisk: Article;
    try {
      onDisk = await call('article.read', { id: entry.id });
    } catch {
      continue; // unreadable or gone: the entry stays on disk, offered once the article is back
    }
    const parts = changedParts(entry.changes, onDisk);
    if (parts.length === 0) {
      // The disk already holds these edits (a save landed just before the crash): nothing to offer.
      await discardJournal(entry.id).catch(() => undefined);
      continue;
    }
    offers.push({
      entry,
      title: (entry.changes.title ?? onDisk.title).trim() || 'Untitled',
      movedOn: onDisk.revision !== entry.baseRevision,
      parts: parts.map((p) => PART_NAMES[p]),
    });
  }
  return offers;
}

export const useRecovery = create<RecoveryState>()((set, get) => ({
  offers: [],
  error: null,

  async check() {
    // Opening several articles quickly must not run overlapping reads that race each other.
    while (checking) await checking;
    checking = readOffers()
      .then((offers) => set({ offers }))
      .catch((err: unknown) => set({ error: `Could not read unsaved edits: ${(err as Error).message}` }))
      .finally(() => { checking = null; });
    await checking;
  },

  async recover(id) {
    const offer = get().offers.find((o) => o.entry.id === id);
    if (!offer) return;
    const store = useArticle.getState();
    if (store.article?.id !== id) await store.open(id);
    if (useArticle.getState().article?.id !== id) {
      set({ error: `Could not open “${offer.title}” to recover its edits; they are kept for later.` });
      return;
    }
    // Save anything typed since opening first, so the recovered edits land on top of it, in order.
    await useArticle.getState().flush();
    applyRecoveredChanges(offer.entry.changes);
    set((s) => ({ offers: s.offers.filter((o) => o.entry.id !== id), error: null }));
    // The edits are in the article now and autosave like typing; the old entry is obsolete.
    await discardJournal(id).catch(() => undefined);
  },

  async discard(id) {
    try {
      await discardJournal(id);
      set((s) => ({ offers: s.offers.filter((o) => o.entry.id !== id), error: null }));
    } catch (err) {
      set({ error: `Could not discard the unsaved edits: ${(err as Error).message}` });
    }
  },
}));

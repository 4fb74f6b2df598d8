/**
 * The history dialog's state, kept outside the editor: restoring a version reloads the editor
 * (a fresh Lexical composer), and the dialog — opened from the editor's toolbar — must survive
 * that with its list, its selection and its "restored" notice intact.
 */
import { create } from 'zustand';
import type { SnapshotDiff, SnapshotInfo } from '../../shared/contract/libraryScale.ts';
import { call } from '../api/client.ts';
import { useArticle } from '../stores/article.ts';
import { useLibrary } from '../stores/library.ts';

export interface HistoryState {
  /** The article whose history is shown; null when the dialog is closed. */
  articleId: string | null;
  snapshots: SnapshotInfo[] | null;
  chosen: string | null;
  diff: SnapshotDiff | null;
  busy: boolean;
  notice: string | null;
  error: string | null;
  open(id: string): Promise<void>;
  close(): void;
  choose(snapshotId: string): Promise<void>;
  keepVersion(): Promise<void>;
  restore(snapshotId: string): Promise<void>;
}

const CLOSED = { articleId: null, snapshots: null, chosen: null, diff: null, busy: false, notice: null, error: null };

export const useHistory = create<HistoryState>()((set, get) => {
  /** Saves pending edits first, so "now" in every comparison is the text the user sees. */
  async function list(id: string): Promise<void> {
    await useArticle.getState().flush();
    const { snapshots } = await call('article.history', { id });
    if (get().articleId === id) set({ snapshots, error: null });
  }
  async function guard(task: (id: string) => Promise<void>): Promise<void> {
    const id = get().articleId;
    if (!id) return;
    set({ busy: true });
    try {
      await task(id);
    } catch (err) {
      set({ error: (err as Error).message });
    } finally {
      set({ busy: false });
    }
  }
  return {
    ...CLOSED,
    async open(id) {
      set({ ...CLOSED, articleId: id });
      await guard(list);
    },
    close: () => set(CLOSED),
    async choose(snapshotId) {
      set({ chosen: snapshotId, diff: null });
      await guard(async (id) => {
        await useArticle.getState().flush();
        const diff = await call('article.snapshotDiff', { id, snapshotId });
        if (get().chosen === snapshotId) set({ diff });
      });
    },
    async keepVersion() {
      await guard(async (id) => {
        await useArticle.getState().flush();
        await call('article.snapshot', { id });
        await list(id);
        set({ notice: 'This version is kept in the history.' });
      });
    },
    async restore(snapshotId) {
      await guard(async (id) => {
        await useArticle.getState().flush();
        const { undoSnapshotId } = await call('article.restoreSnapshot', { id, snapshotId });
        await useArticle.getState().reloadFromDisk();
        void useLibrary.getState().refresh();
        await list(id);
        set({ chosen: undoSnapshotId, diff: await call('article.snapshotDiff', { id, snapshotId: undoSnapshotId }) });
        set({ notice: 'Restored. The version it replaced is selected: restore it to undo.' });
      });
    },
  };
});

/**
 * The open article: its fields as the user currently sees them, the revision they are based
 * on, the save state, and the Lexical editor showing its body.
 *
 * Every change goes through `update(changes)` (fields, flags, quotes, dismissed, tags, status —
 * anything in `ArticleChanges`) or, for the body, `bodyChanged()` from the editor. Both mark the
 * article dirty and schedule an autosave about a second later; `flush()` saves at once (switching
 * article, blur, close). The body is serialised from the editor only when a save goes out, so
 * typing in a long article never pays for JSON.
 *
 * A save names the revision it was based on. If someone else changed the file meanwhile the host
 * answers 'conflict' and nothing is overwritten: the state becomes `conflict` until the user
 * picks "Reload theirs" or "Keep mine".
 */
import { create } from 'zustand';
import type { LexicalEditor } from 'lexical';
import type { Article } from '../../shared/article/schema.ts';
import type { ArticleChanges } from '../../shared/contract/api.ts';
import { ApiError, call } from '../api/client.ts';
import { useLibrary } from './library.ts';

export const AUTOSAVE_DELAY_MS = 1000;
/** After a failed save (not a conflict), try again this much later. */
export const RETRY_DELAY_MS = 5000;

export type SaveState =
  | { kind: 'saved' }
  /** Changes are waiting for the autosave timer or are on their way to disk. */
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string }
  | { kind: 'conflict'; reason: string };

export interface ArticleState {
  /** The open article with every local change applied; `revision` is the one on disk we built on. */
  article: Article | null;
  /** Bumped whenever the body is replaced from outside the editor (open, reload): key for the composer. */
  loadKey: number;
  loading: boolean;
  loadError: string | null;
  saveState: SaveState;
  /** True while there are changes not yet on disk (pending or in flight). */
  dirty: boolean;
  editor: LexicalEditor | null;

  open(id: string): Promise<void>;
  /** Saves what is pending and shows no article. */
  close(): Promise<void>;
  update(changes: ArticleChanges): void;
  bodyChanged(): void;
  flush(): Promise<void>;
  setEditor(editor: LexicalEditor | null): void;
  reloadFromDisk(): Promise<void>;
  keepMine(): Promise<void>;
}

// Save machinery lives outside the state: it is not something a component renders.
let pending: ArticleChanges = {};
let bodyPending = false;
let timer: ReturnType<typeof setTimeout> | null = null;
let inflight: Promise<void> | null = null;
/** The changes of the save on its way to disk, so the crash journal still holds them until it lands. */
let inflightChanges: ArticleChanges = {};

/** Told of every change the user makes (each keystroke in the body too), once it is marked dirty. */
const editListeners = new Set<() => void>();

/**
 * Calls `listener` after every change to the open article (fields, flags, body keystrokes...),
 * even when the store's state does not change because the article was already dirty. Returns
 * the function that stops it.
 */
export function onArticleEdit(listener: () => void): () => void {
  editListeners.add(listener);
  return () => editListeners.delete(listener);
}

function clearTimer() {
  if (timer) clearTimeout(timer);
  timer = null;
}

function hasPending() {
  return bodyPending || Object.keys(pending).length > 0;
}

/** Forget unsaved work (only after the user chose to, or in tests). */
export function _resetSaveQueue(): void {
  clearTimer();
  pending = {};
  bodyPending = false;
  inflight = null;
  inflightChanges = {};
}

export const useArticle = create<ArticleState>()((set, get) => {
  function schedule(delay = AUTOSAVE_DELAY_MS) {
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      void get().flush();
    }, delay);
  }

  function markDirty() {
    const { saveState, dirty } = get();
    if (saveState.kind === 'conflict') {
      if (!dirty) set({ dirty: true });
    } else {
      // While typing goes on the state is already "dirty, saving": setting it again on every
      // keystroke would wake every subscriber (and re-render the status bar) for nothing.
      if (!dirty || saveState.kind !== 'saving') set({ dirty: true, saveState: { kind: 'saving' } });
      schedule();
    }
    for (const listener of editListeners) listener();
  }

  async function saveOnce(): Promise<void> {
    const article = get().article;
    if (!article || !hasPending()) return;
    const changes: ArticleChanges = { ...pending };
    const editor = get().editor;
    if (bodyPending && editor) changes.body = editor.getEditorState().toJSON() as unknown as Article['body'];
    const hadBody = bodyPending;
    pending = {};
    bodyPending = false;
    set({ saveState: { kind: 'saving' } });
    inflightChanges = changes;
    try {
      const result = await call('article.save', { id: article.id, baseRevision: article.revision, changes });
      const current = get().article;
      if (current && current.id === article.id) {
        set({
          article: { ...current, ...(changes.body ? { body: changes.body } : {}), revision: result.revision, updatedAt: result.updatedAt },
        });
      }
      useLibrary.getState().applySummary(result.summary);
      if (hasPending()) schedule();
      else set({ dirty: false, saveState: { kind: 'saved' } });
    } catch (err) {
      // Put the changes back under anything typed meanwhile: nothing is lost.
      pending = { ...changes, ...pending };
      if (hadBody) { bodyPending = true; delete pending.body; }
      const e = err instanceof ApiError ? err : new ApiError('internal', String((err as Error)?.message ?? err));
      if (e.code === 'conflict') {
        set({ saveState: { kind: 'conflict', reason: 'this article was changed on disk by someone else' } });
      } else {
        set({ saveState: { kind: 'failed', reason: e.message } });
        schedule(RETRY_DELAY_MS);
      }
    } finally {
      inflightChanges = {};
    }
  }

  return {
    article: null,
    loadKey: 0,
    loading: false,
    loadError: null,
    saveState: { kind: 'saved' },
    dirty: false,
    editor: null,

    async open(id) {
      const current = get().article;
      if (current?.id === id) return;
      await get().flush();
      if (get().dirty) return; // the save failed: stay on this article so nothing is lost
      set({ loading: true, loadError: null });
      try {
        const article = await call('article.read', { id });
        _resetSaveQueue();
        set((s) => ({ article, loadKey: s.loadKey + 1, loading: false, dirty: false, saveState: { kind: 'saved' } }));
        call('settings.set', { lastArticleId: id }).catch(() => { /* reopening is a convenience */ });
      } catch (err) {
        set({ loading: false, loadError: (err as Error).message });
      }
    },

    async close() {
      await get().flush();
      if (get().dirty) return;
      _resetSaveQueue();
      set((s) => ({ article: null, loadKey: s.loadKey + 1, editor: null }));
    },

    update(changes) {
      const article = get().article;
      if (!article) return;
      pending = { ...pending, ...changes };
      set({ article: { ...article, ...changes } });
      if (changes.title !== undefined) useLibrary.getState().showTitle(article.id, changes.title);
      markDirty();
    },

    bodyChanged() {
      if (!get().article) return;
      bodyPending = true;
      markDirty();
    },

    async flush() {
      clearTimer();
      if (get().saveState.kind === 'conflict') return;
      // One save at a time, then one more for whatever arrived during it.
      while (inflight) await inflight;
      if (!hasPending()) return;
      inflight = saveOnce().finally(() => { inflight = null; });
      await inflight;
    },

    setEditor(editor) {
      const previous = get().editor;
      if (previous && previous !== editor && bodyPending) {
        // The editor is going away with unsaved typing: keep its body as a plain change.
        pending = { ...pending, body: previous.getEditorState().toJSON() as unknown as Article['body'] };
        bodyPending = false;
      }
      set({ editor });
    },

    async reloadFromDisk() {
      const article = get().article;
      if (!article) return;
      const fresh = await call('article.read', { id: article.id });
      _resetSaveQueue();
      set((s) => ({ article: fresh, loadKey: s.loadKey + 1, dirty: false, saveState: { kind: 'saved' } }));
    },

    async keepMine() {
      const article = get().article;
      if (!article) return;
      const onDisk = await call('article.read', { id: article.id });
      const { title, standfirst, byline, dateline, status, tags, body, flags, quotes, dismissed } = article;
      // Everything as the user sees it now, based on the disk's revision: a deliberate overwrite.
      pending = { title, standfirst, byline, dateline, status, tags, body, flags, quotes, dismissed };
      bodyPending = get().editor !== null;
      set({ article: { ...article, revision: onDisk.revision }, saveState: { kind: 'saving' } });
      await get().flush();
    },
  };
});

// ---- Crash journal support (used by renderer/recovery) ----

/**
 * Everything the user sees that is not known to be on disk yet: the in-flight save's changes
 * under the pending ones, and the body read live from the editor when it was typed in. Null
 * when nothing is unsaved.
 */
export function unsavedChanges(): ArticleChanges | null {
  if (!useArticle.getState().article || (!hasPending() && Object.keys(inflightChanges).length === 0)) return null;
  const changes: ArticleChanges = { ...inflightChanges, ...pending };
  const editor = useArticle.getState().editor;
  if (bodyPending && editor) changes.body = editor.getEditorState().toJSON() as unknown as Article['body'];
  return changes;
}

/**
 * Puts edits recovered from the crash journal into the open article as if typed now: shown at
 * once (a recovered body by a fresh editor), marked dirty and autosaved.
 */
export function applyRecoveredChanges(changes: ArticleChanges): void {
  if (!useArticle.getState().article) return;
  // The recovered body replaces the editor's: the old editor must not stash its own on unmount.
  if (changes.body) bodyPending = false;
  useArticle.getState().update(changes);
  if (changes.body) useArticle.setState((s) => ({ loadKey: s.loadKey + 1 }));
}

/**
 * Writes the open article's unsaved edits to the crash journal (`journal.write`) while it is
 * dirty, at most once per JOURNAL_INTERVAL_MS: a crash then loses about a second of typing. The
 * first change after a quiet spell starts the clock, so a keystroke never waits for a write and
 * a burst of typing costs one write a second. The write itself (serialising a long body takes a
 * few milliseconds) waits for the page to be idle, i.e. for the frame of the keystroke in hand to
 * be painted, so it falls in the gap before the next key rather than in front of a keystroke.
 *
 * The host clears an entry when a save covers it; a write still on its way when the save
 * finished would leave a stale one, so once the article is clean again the writer discards what
 * it wrote. Every journal call goes through one queue, so a discard never overtakes a write.
 */
import { call } from '../api/client.ts';
import { onArticleEdit, unsavedChanges, useArticle } from '../stores/article.ts';

export const JOURNAL_INTERVAL_MS = 1000;
/** The longest a due write waits for an idle moment. */
export const JOURNAL_IDLE_WAIT_MS = 300;

/** Runs `job` when the page is next idle (after the current frame), or soon where it cannot tell. */
function whenIdle(job: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(job, { timeout: JOURNAL_IDLE_WAIT_MS });
  else setTimeout(job, 0);
}

let queue: Promise<unknown> = Promise.resolve();
/** Articles this session has journalled and not yet discarded: their entries are live, not a crash's. */
const written = new Set<string>();

function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** Forgets an article's journal entry, after any write already queued for it. */
export function discardJournal(id: string): Promise<void> {
  return enqueue(async () => {
    written.delete(id);
    await call('journal.discard', { id });
  });
}

/** Whether this session wrote the article's current journal entry (so it is no crash leftover). */
export function journalledThisSession(id: string): boolean {
  return written.has(id);
}

/** Starts journalling; returns the function that stops it. */
export function startJournalWriter(intervalMs = JOURNAL_INTERVAL_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;

  const writeNow = () => {
    timer = null;
    const { article, dirty } = useArticle.getState();
    // Checked at write time, not when the timer started: a save may have landed meanwhile.
    if (!article || !dirty) return;
    const changes = unsavedChanges();
    if (!changes) return;
    const { id, revision } = article;
    written.add(id);
    enqueue(() => call('journal.write', { id, baseRevision: revision, changes })).catch((err: unknown) => {
      // The autosave is still the real safety net; a failed journal write must not interrupt typing.
      console.warn('Could not journal unsaved edits', err);
    });
  };

  const startClock = () => {
    const { article, dirty } = useArticle.getState();
    if (dirty && article && !timer) timer = setTimeout(() => whenIdle(writeNow), intervalMs);
  };
  // Typing on in a dirty article changes nothing in the store, so edits are heard directly.
  const stopHearing = onArticleEdit(startClock);
  const unsubscribe = useArticle.subscribe((state, previous) => {
    if (state.dirty && state.article) {
      startClock();
      return;
    }
    const cleanedId = previous.dirty && !state.dirty ? previous.article?.id : undefined;
    if (cleanedId && written.has(cleanedId)) {
      if (timer) { clearTimeout(timer); timer = null; }
      discardJournal(cleanedId).catch((err: unknown) => console.warn('Could not clear the journal', err));
    }
  });

  return () => {
    stopHearing();
    unsubscribe();
    if (timer) clearTimeout(timer);
    timer = null;
  };
}

/** For tests: forget what this session wrote. */
export function _resetJournalWriter(): void {
  written.clear();
  queue = Promise.resolve();
}

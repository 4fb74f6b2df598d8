/**
 * When history is kept without anyone asking:
 * - before a save, when the article's newest snapshot is older than the pause interval (or there
 *   is none), the version on disk is kept — so each stretch of editing can be gone back on;
 * - at each status change, the article as it entered the new status;
 * - before any restore, the current version (restore.ts), so a restore can itself be undone.
 * History goes when the article is deleted for good.
 */
import type { Article } from '../../shared/article/schema.ts';
import type { LibraryEvents } from '../library/events.ts';
import type { HistoryStore, SnapshotInfo, SnapshotReason } from './store.ts';

export const PAUSE_MS = 10 * 60_000;

/** What to keep for a save from `previous` to `article`, given the newest snapshot. Pure. */
export function snapshotsForSave(
  previous: Article,
  article: Article,
  newest: Pick<SnapshotInfo, 'at' | 'revision'> | undefined,
  now: Date,
  pauseMs = PAUSE_MS,
): { article: Article; reason: SnapshotReason }[] {
  const out: { article: Article; reason: SnapshotReason }[] = [];
  const stale = !newest || now.getTime() - Date.parse(newest.at) >= pauseMs;
  if (stale && newest?.revision !== previous.revision) out.push({ article: previous, reason: 'auto' });
  if (previous.status !== article.status) out.push({ article, reason: 'status' });
  return out;
}

export function historyOnLibraryEvents(
  history: HistoryStore,
  events: LibraryEvents,
  options: { pauseMs?: number; now?: () => Date } = {},
): () => void {
  const now = options.now ?? (() => new Date());
  return events.subscribe(async (event) => {
    if (event.type === 'saved') {
      const newest = (await history.list(event.article.id))[0];
      for (const snap of snapshotsForSave(event.previous, event.article, newest, now(), options.pauseMs)) {
        await history.take(snap.article, snap.reason);
      }
    } else if (event.type === 'purged') {
      await history.remove(event.id);
    }
  });
}

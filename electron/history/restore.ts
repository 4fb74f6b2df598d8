/**
 * Restoring a snapshot: the current version is kept as a snapshot first, then the snapshot's
 * content is saved as a new revision (never by rewriting history), so the restore shows up in
 * history and can itself be undone by restoring the 'before-restore' snapshot.
 */
import type { Article, ArticleFields } from '../../shared/article/schema.ts';
import type { ArticleChanges } from '../../shared/contract/api.ts';
import type { HistoryStore } from './store.ts';

/** What restore needs of the library service. */
export interface ArticleStore {
  read(id: string): Promise<Article>;
  save(id: string, baseRevision: number, changes: ArticleChanges): Promise<unknown>;
}

const RESTORED_FIELDS = ['title', 'standfirst', 'byline', 'dateline', 'status', 'tags', 'body', 'flags', 'quotes', 'dismissed'] as const satisfies readonly (keyof ArticleFields)[];

export async function restoreSnapshot(
  library: ArticleStore,
  history: HistoryStore,
  id: string,
  snapshotId: string,
): Promise<{ article: Article; undoSnapshotId: string }> {
  const snapshot = await history.read(id, snapshotId);
  const current = await library.read(id);
  const undo = await history.take(current, 'before-restore');
  const changes: ArticleChanges = {};
  for (const field of RESTORED_FIELDS) Object.assign(changes, { [field]: snapshot[field] });
  await library.save(id, current.revision, changes);
  return { article: await library.read(id), undoSnapshotId: undo.snapshotId };
}

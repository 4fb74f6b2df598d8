/** Articles in the trash, with Restore and Delete for good (which asks first). */
import { useState, type ReactNode } from 'react';
import type { ArticleSummary } from '../../shared/article/schema.ts';
import { useLibrary } from '../stores/library.ts';
import { fullTime, relativeTime } from './relativeTime.ts';
import { UNTITLED } from './statusLabels.ts';
import { useNow } from './useNow.ts';

export function TrashList({ onError }: { onError(message: string): void }): ReactNode {
  const trash = useLibrary((s) => s.trash);
  const now = useNow();
  const [confirming, setConfirming] = useState<string | null>(null);

  async function act(a: ArticleSummary, what: 'restore' | 'purge') {
    try {
      if (what === 'restore') await useLibrary.getState().restore(a.id);
      else await useLibrary.getState().purge(a.id);
    } catch (err) {
      onError(`Could not ${what === 'restore' ? 'restore' : 'delete'} “${a.title || UNTITLED}”: ${(err as Error).message}`);
    }
    setConfirming(null);
  }

  if (trash.length === 0) return <p className="list-empty">The trash is empty.</p>;

  return (
    <ul className="article-list trash-list" aria-label="Trash">
      {trash.map((a) => (
        <li key={a.id} className="article-item is-trashed">
          <div className="article-open" role="group" aria-label={a.title || UNTITLED}>
            <span className="article-title">{a.title || UNTITLED}</span>
            <span className="article-meta">
              {a.trashedAt && <time dateTime={a.trashedAt} title={fullTime(a.trashedAt)}>Trashed {relativeTime(a.trashedAt, now)}</time>}
            </span>
            <span className="trash-actions">
              {confirming === a.id ? (
                <>
                  <span className="confirm-text">Delete for good?</span>
                  <button type="button" className="btn btn-small btn-danger" onClick={() => void act(a, 'purge')}>Delete</button>
                  <button type="button" className="btn btn-small" onClick={() => setConfirming(null)}>Keep</button>
                </>
              ) : (
                <>
                  <button type="button" className="btn btn-small" aria-label={`Restore “${a.title || UNTITLED}”`} onClick={() => void act(a, 'restore')}>Restore</button>
                  <button type="button" className="btn btn-small btn-quiet" aria-label={`Delete “${a.title || UNTITLED}” for good`} onClick={() => setConfirming(a.id)}>Delete…</button>
                </>
              )}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/**
 * Shown when a save was refused because the file changed on disk. Nothing has been overwritten;
 * the user decides: take the version on disk (their unsaved edits are dropped, after a second
 * click) or keep theirs (saved over the disk version, deliberately).
 */
import { useState, type ReactNode } from 'react';
import { useArticle } from '../stores/article.ts';

export function ConflictBanner({ onError }: { onError(message: string): void }): ReactNode {
  const conflict = useArticle((s) => s.saveState.kind === 'conflict');
  const [confirmReload, setConfirmReload] = useState(false);
  if (!conflict) return null;

  async function run(action: () => Promise<void>) {
    try {
      await action();
    } catch (err) {
      onError((err as Error).message);
    }
    setConfirmReload(false);
  }

  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>This article was changed on disk by someone else.</strong> Your edits are safe here and
        have not been written over theirs.
      </p>
      <div className="banner-actions">
        {confirmReload ? (
          <>
            <span>Drop your unsaved edits?</span>
            <button type="button" className="btn btn-danger" onClick={() => void run(() => useArticle.getState().reloadFromDisk())}>Drop mine and reload</button>
            <button type="button" className="btn" onClick={() => setConfirmReload(false)}>Cancel</button>
          </>
        ) : (
          <>
            <button type="button" className="btn" onClick={() => setConfirmReload(true)}>Reload theirs…</button>
            <button type="button" className="btn btn-primary" onClick={() => void run(() => useArticle.getState().keepMine())}>Keep mine</button>
          </>
        )}
      </div>
    </div>
  );
}

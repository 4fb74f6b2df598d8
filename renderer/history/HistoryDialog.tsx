/**
 * The history of the open article: its snapshots with time, why each was kept and the words
 * added and removed; the differences between a chosen snapshot and the current text; restore
 * (the current version is kept first, so a restore is undone by restoring that snapshot); and
 * "Keep this version" to take a snapshot by hand. Pending edits are saved before anything is
 * compared or restored, so the current text on disk is what the user sees.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { SnapshotInfo } from '../../shared/contract/libraryScale.ts';
import { fullTime, relativeTime } from '../library/relativeTime.ts';
import { useHistory } from './historyStore.ts';
import './history.css';

const REASONS: Record<SnapshotInfo['reason'], string> = {
  auto: 'Before editing resumed',
  status: 'Status changed',
  manual: 'Kept by hand',
  'before-restore': 'Before a restore',
};

export function HistoryDialog(): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const snapshots = useHistory((s) => s.snapshots);
  const chosen = useHistory((s) => s.chosen);
  const diff = useHistory((s) => s.diff);
  const busy = useHistory((s) => s.busy);
  const notice = useHistory((s) => s.notice);
  const error = useHistory((s) => s.error);
  const { choose, keepVersion, restore, close: onClose } = useHistory.getState();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const now = new Date();
  const selected = snapshots?.find((s) => s.snapshotId === chosen) ?? null;

  return (
    <dialog ref={ref} className="dialog history-dialog" aria-labelledby="history-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id="history-title">History</h2>
      {error && <p className="form-error" role="alert">{error}</p>}
      {notice && <p className="history-notice" role="status">{notice}</p>}
      <div className="history-body">
        <div className="history-list-wrap">
          {snapshots === null && !error && <p>Loading…</p>}
          {snapshots?.length === 0 && <p className="list-empty">No versions kept yet. They are kept when you come back to an article after a pause, at each status change, before a restore — or now, with “Keep this version”.</p>}
          {snapshots && snapshots.length > 0 && (
            <ul className="history-list" aria-label="Versions">
              {snapshots.map((s) => (
                <li key={s.snapshotId}>
                  <button type="button" className="history-item" aria-pressed={s.snapshotId === chosen} onClick={() => void choose(s.snapshotId)}>
                    <time dateTime={s.at} title={fullTime(s.at)}>{relativeTime(s.at, now)}</time>
                    <span className="history-reason">{REASONS[s.reason]}</span>
                    <span className="history-counts">
                      {plural(s.words, 'word')}
                      {s.added !== null && <> · <span className="added">+{s.added}</span> <span className="removed">−{s.removed}</span></>}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="history-diff" aria-live="polite">
          {!selected && <p className="list-empty">Choose a version to see how it differs from the text now.</p>}
          {selected && !diff && <p>Comparing…</p>}
          {selected && diff && (
            <>
              <div className="history-diff-head">
                <p className="history-diff-summary">
                  Since this version: <span className="added">{plural(diff.added, 'word')} added</span>, <span className="removed">{diff.removed} removed</span>.
                </p>
                <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void restore(selected.snapshotId)}>
                  Restore this version
                </button>
              </div>
              <div className="diff-text" aria-label="Differences from this version to the current text">
                {diff.parts.map((p, i) =>
                  p.type === 'same' ? <span key={i}>{p.text}</span> : p.type === 'added' ? <ins key={i}>{p.text}</ins> : <del key={i}>{p.text}</del>,
                )}
              </div>
            </>
          )}
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void keepVersion()}>Keep this version</button>
        <button type="button" className="btn" onClick={onClose}>Close</button>
      </div>
    </dialog>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Word count, reading time and the save state ("Saved", "Saving…", "Not saved — why"). */
import type { ReactNode } from 'react';
import { readingMinutes } from '../../shared/article/plainText.ts';
import { useArticle, type SaveState } from '../stores/article.ts';
import { useEditorStats } from '../stores/editorStats.ts';

export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saved': return 'Saved';
    case 'saving': return 'Saving…';
    case 'failed': return `Not saved — ${state.reason}`;
    case 'conflict': return `Not saved — ${state.reason}`;
  }
}

export function StatusBar({ onOpenPreferences }: { onOpenPreferences(): void }): ReactNode {
  const hasArticle = useArticle((s) => s.article !== null);
  const saveState = useArticle((s) => s.saveState);
  const words = useEditorStats((s) => s.words);
  const minutes = readingMinutes(words);
  return (
    <footer className="statusbar">
      {hasArticle ? (
        <>
          <span className="stat">{words.toLocaleString()} {words === 1 ? 'word' : 'words'}</span>
          <span className="stat">{minutes === 0 ? 'nothing to read yet' : `${minutes} min read`}</span>
          <span className={`save-state save-${saveState.kind}`} role="status" data-save-state={saveState.kind}>
            <span className="save-dot" aria-hidden="true" />
            {saveStateText(saveState)}
          </span>
          {saveState.kind === 'failed' && (
            <button type="button" className="link-btn" onClick={() => void useArticle.getState().flush()}>Try again</button>
          )}
        </>
      ) : (
        <span className="stat">No article open</span>
      )}
      <span className="spacer" />
      <button type="button" className="link-btn" onClick={onOpenPreferences} aria-keyshortcuts="Control+Comma">Preferences</button>
    </footer>
  );
}

/**
 * The "History" button in the editor toolbar (through the toolbar's slot) and the dialog it
 * opens for the open article. The dialog's state lives in historyStore.ts, so it stays open
 * with its selection when a restore reloads the editor around it.
 */
import type { ReactNode } from 'react';
import { ToolbarSlot } from '../editor/ToolbarSlot.tsx';
import { useArticle } from '../stores/article.ts';
import { HistoryDialog } from './HistoryDialog.tsx';
import { useHistory } from './historyStore.ts';

export function HistoryButton(): ReactNode {
  const id = useArticle((s) => s.article?.id ?? null);
  const shownFor = useHistory((s) => s.articleId);
  if (id === null) return null;
  return (
    <>
      <ToolbarSlot>
        <button
          type="button"
          className="tool history-tool"
          tabIndex={-1}
          onClick={() => void useHistory.getState().open(id)}
          title="Versions of this article: compare and restore"
          aria-haspopup="dialog"
        >
          History
        </button>
      </ToolbarSlot>
      {shownFor === id && <HistoryDialog />}
    </>
  );
}

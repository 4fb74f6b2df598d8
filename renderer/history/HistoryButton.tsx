/**
 * The "History" button in the editor toolbar (through the toolbar's slot) and the dialog it
 * opens for the open article.
 */
import { useState, type ReactNode } from 'react';
import { ToolbarSlot } from '../editor/ToolbarSlot.tsx';
import { useArticle } from '../stores/article.ts';
import { HistoryDialog } from './HistoryDialog.tsx';

export function HistoryButton(): ReactNode {
  const [open, setOpen] = useState(false);
  const id = useArticle((s) => s.article?.id ?? null);
  if (id === null) return null;
  return (
    <>
      <ToolbarSlot>
        <button type="button" className="tool history-tool" tabIndex={-1} onClick={() => setOpen(true)} title="Versions of this article: compare and restore" aria-haspopup="dialog">
          History
        </button>
      </ToolbarSlot>
      {open && <HistoryDialog id={id} onClose={() => setOpen(false)} />}
    </>
  );
}

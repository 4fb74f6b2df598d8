/** Asked before approving an article that still has error-level findings or open flags. */
import { useEffect, useRef, type ReactNode } from 'react';
import { CATEGORY_LABEL } from '../flags/actions.ts';
import { CHECK_LABEL } from './checkStyle.ts';
import type { Blockers } from './approvalBlockers.ts';

export function ApprovalDialog({ blockers, onApprove, onCancel }: { blockers: Blockers; onApprove(): void; onCancel(): void }): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const { errors, openFlags } = blockers;
  return (
    <dialog ref={ref} role="alertdialog" className="dialog cd-approval-dialog" aria-labelledby="approve-title" aria-describedby="approve-desc" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="approve-title">Approve with open questions?</h2>
      <p id="approve-desc">
        This article still has
        {openFlags.length > 0 && ` ${openFlags.length} open ${openFlags.length === 1 ? 'flag' : 'flags'}`}
        {openFlags.length > 0 && errors.length > 0 && ' and'}
        {errors.length > 0 && ` ${errors.length} error-level ${errors.length === 1 ? 'finding' : 'findings'}`}.
      </p>
      {openFlags.length > 0 && (
        <>
          <h3>Open flags</h3>
          <ul className="cd-blockers" aria-label="Open flags">
            {openFlags.map((f) => (
              <li key={f.id}><strong>{CATEGORY_LABEL[f.category]}</strong> “{f.text.slice(0, 60)}” — {f.note || 'no note'}{f.author ? ` (${f.author})` : ''}</li>
            ))}
          </ul>
        </>
      )}
      {errors.length > 0 && (
        <>
          <h3>Errors</h3>
          <ul className="cd-blockers" aria-label="Error-level findings">
            {errors.map((f) => <li key={f.id}><strong>{CHECK_LABEL[f.check]}</strong> {f.message}</li>)}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" autoFocus onClick={onCancel}>Keep current status</button>
        <button type="button" className="btn btn-primary" onClick={onApprove}>Approve anyway</button>
      </div>
    </dialog>
  );
}

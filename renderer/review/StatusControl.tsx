// Integration point owned by the review UI (issue 4): the article status control at the right of
// the editor's top bar (draft / in review / approved / published, with the approval guard). It
// is a native <select>, so it must stay outside the editor's scroller (see .editor-scroll).
import { useState, type ReactNode } from 'react';
import { ArticleStatus } from '../../shared/article/schema.ts';
import { STATUS_LABELS } from '../library/statusLabels.ts';
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { ApprovalDialog } from './ApprovalDialog.tsx';
import { approvalBlockers, hasBlockers, type Blockers } from './approvalBlockers.ts';
import './review.css';

export function StatusControl(): ReactNode {
  const status = useArticle((s) => s.article?.status);
  const [asking, setAsking] = useState<Blockers | null>(null);
  if (!status) return null;

  const setStatus = (next: ArticleStatus) => useArticle.getState().update({ status: next });
  const choose = (next: ArticleStatus) => {
    if (next === status) return;
    if (next === 'approved') {
      const blockers = approvalBlockers(useFindingsStore.getState().findings, useArticle.getState().article?.flags ?? []);
      if (hasBlockers(blockers)) {
        setAsking(blockers);
        return;
      }
    }
    setStatus(next);
  };

  return (
    <>
      <label className={`cd-status cd-status-${status}`}>
        {/* The pill speaks for itself ("Draft", "In review"); the word is for screen readers. */}
        <span className="cd-visually-hidden">Status</span>
        <select aria-label="Article status" title="Article status" value={status} onChange={(e) => choose(e.target.value as ArticleStatus)}>
          {ArticleStatus.options.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </label>
      {asking && (
        <ApprovalDialog
          blockers={asking}
          onCancel={() => setAsking(null)}
          onApprove={() => { setAsking(null); setStatus('approved'); }}
        />
      )}
    </>
  );
}

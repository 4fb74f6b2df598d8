/** One editor flag in the fact-check panel: category, note, author, time; resolve, reopen, delete. */
import type { ReactNode } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Flag } from '../../shared/article/schema.ts';
import { CATEGORY_LABEL, deleteFlag, jumpToFlag, setFlagStatus } from '../flags/actions.ts';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function FlagItem({ flag, anchored, editor }: { flag: Flag; anchored: boolean; editor: LexicalEditor | null }): ReactNode {
  const resolved = flag.status === 'resolved';
  const excerpt = flag.text.length > 80 ? `${flag.text.slice(0, 80)}…` : flag.text;
  return (
    <li className={`cd-flag cd-flag-${flag.status}`} data-flag-id={flag.id}>
      <button type="button" className="cd-finding-jump" disabled={!anchored || !editor} onClick={() => editor && jumpToFlag(editor, flag.id)} aria-label={`${CATEGORY_LABEL[flag.category]} flag: ${flag.note || 'no note'}. Show in text`}>
        <span className="cd-flag-category">⚑ {CATEGORY_LABEL[flag.category]}{resolved ? ' · resolved' : ''}</span>
        <span className="cd-finding-message">{flag.note || <em>No note</em>}</span>
        <q className="cd-finding-text">{excerpt}</q>
        {!anchored && <span className="cd-flag-detached">The flagged text is no longer in the article.</span>}
      </button>
      <p className="cd-flag-meta">
        {flag.author || 'Unknown author'} · <time dateTime={flag.createdAt}>{when.format(new Date(flag.createdAt))}</time>
      </p>
      <div className="cd-finding-actions">
        {resolved ? (
          <button type="button" className="btn btn-small" onClick={() => setFlagStatus(flag.id, 'open')}>Reopen</button>
        ) : (
          <button type="button" className="btn btn-primary btn-small" onClick={() => setFlagStatus(flag.id, 'resolved')}>Resolve</button>
        )}
        <button type="button" className="btn btn-small btn-danger" aria-label={`Delete flag: ${flag.note || excerpt}`} disabled={!editor} onClick={() => editor && deleteFlag(editor, flag.id)}>Delete</button>
      </div>
    </li>
  );
}

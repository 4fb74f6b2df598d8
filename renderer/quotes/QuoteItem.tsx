/** One quotation: who said it (editable), whether it is verified, and where it was checked. */
import { memo, useEffect, useState, type ReactNode } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Quote } from '../../shared/analysis/types.ts';
import type { QuoteReview } from '../../shared/article/schema.ts';
import { diffTexts, shiftSpan } from '../analysis/shift.ts';
import { selectSpan } from '../review/editorOps.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { reviewQuote } from '../stores/quotes.ts';
import { $getRoot } from 'lexical';

const STATUS_LABEL: Record<QuoteReview['status'], string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
};

function jumpToQuote(editor: LexicalEditor, id: string): void {
  // Offsets from the latest result (the item may have skipped re-rendering while they moved).
  const quote = useFindingsStore.getState().quotes.find((q) => q.id === id);
  if (!quote) return;
  const now = editor.getEditorState().read(() => $getRoot().getTextContent());
  const span = shiftSpan(diffTexts(useFindingsStore.getState().text, now), quote.start, quote.end);
  if (span) selectSpan(editor, span[0], span[1]);
}

interface QuoteItemProps {
  quote: Quote;
  review: QuoteReview | undefined;
  editor: LexicalEditor | null;
  index: number;
}

/**
 * Re-rendered only when what it shows changes: typing above a quote moves its offsets on every
 * keystroke, which must not re-render a long list of quotes.
 */
export const QuoteItem = memo(QuoteItemView, (a, b) =>
  a.review === b.review && a.editor === b.editor && a.index === b.index &&
  a.quote.id === b.quote.id && a.quote.text === b.quote.text && a.quote.speaker === b.quote.speaker && a.quote.kind === b.quote.kind,
);

function QuoteItemView({ quote, review, editor, index }: QuoteItemProps): ReactNode {
  const speaker = review?.speaker ?? quote.speaker ?? '';
  const [speakerDraft, setSpeakerDraft] = useState(speaker);
  const [noteDraft, setNoteDraft] = useState(review?.note ?? '');
  useEffect(() => setSpeakerDraft(speaker), [speaker]);
  useEffect(() => setNoteDraft(review?.note ?? ''), [review?.note]);

  const status = review?.status ?? 'unverified';
  const unattributed = !speaker;
  const overridden = review?.speaker != null && review.speaker !== quote.speaker;
  const excerpt = quote.text.length > 160 ? `${quote.text.slice(0, 160)}…` : quote.text;
  const idBase = `quote-${index}`;

  const commitSpeaker = () => {
    const typed = speakerDraft.trim();
    if (typed === speaker) return;
    // Typing the engine's own answer (or clearing the field) goes back to following the engine.
    reviewQuote(quote, { speaker: typed === '' || typed === quote.speaker ? null : typed });
  };
  const commitNote = () => {
    if (noteDraft !== (review?.note ?? '')) reviewQuote(quote, { note: noteDraft.slice(0, 5000) });
  };

  return (
    <li className={`cd-quote cd-quote-${status}${unattributed ? ' cd-unattributed' : ''}`} data-quote-id={quote.id} aria-labelledby={`${idBase}-text`}>
      <button type="button" className="cd-finding-jump" onClick={() => editor && jumpToQuote(editor, quote.id)} aria-describedby={`${idBase}-who`}>
        <q id={`${idBase}-text`} className="cd-quote-text">{excerpt}</q>
      </button>
      <p id={`${idBase}-who`} className="cd-quote-who">
        {unattributed ? <strong className="cd-warning-text">No speaker: the text never says who said this.</strong> : <>— {speaker}{overridden && <span className="cd-hint"> (set by hand)</span>}</>}
      </p>
      <div className="cd-quote-fields">
        <label className="cd-inline-field">
          <span>Speaker</span>
          <input
            value={speakerDraft}
            maxLength={200}
            placeholder={quote.speaker ?? 'Who said this?'}
            onChange={(e) => setSpeakerDraft(e.target.value)}
            onBlur={commitSpeaker}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); commitSpeaker(); } }}
          />
        </label>
        <label className="cd-inline-field">
          <span>Status</span>
          <select value={status} onChange={(e) => reviewQuote(quote, { status: e.target.value as QuoteReview['status'] })}>
            {Object.entries(STATUS_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
      </div>
      <label className="cd-inline-field cd-quote-note">
        <span>Source note</span>
        <input value={noteDraft} maxLength={5000} placeholder="Where was it checked? (recording, transcript…)" onChange={(e) => setNoteDraft(e.target.value)} onBlur={commitNote} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); commitNote(); } }} />
      </label>
    </li>
  );
}

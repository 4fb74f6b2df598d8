/** The quotes panel: every quotation the engine found, with its review. Unattributed ones first. */
import { useMemo, type ReactNode } from 'react';
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { matchReviews } from '../stores/quotes.ts';
import { QuoteItem } from './QuoteItem.tsx';

export function QuotesPanel(): ReactNode {
  const editor = useArticle((s) => s.editor);
  const quotes = useFindingsStore((s) => s.shownQuotes);
  const reviews = useArticle((s) => s.article?.quotes);
  const matched = useMemo(() => matchReviews(quotes, reviews ?? []), [quotes, reviews]);
  const unattributed = quotes.filter((q) => !(matched.get(q.id)?.speaker ?? q.speaker)).length;
  const verified = quotes.filter((q) => matched.get(q.id)?.status === 'verified').length;

  return (
    <section className="cd-panel cd-quotes" aria-labelledby="quotes-title">
      <header className="cd-panel-head">
        <h2 id="quotes-title">Quotes</h2>
        <span className="cd-panel-count">
          {quotes.length} · {verified} verified{unattributed ? ` · ${unattributed} without speaker` : ''}
        </span>
      </header>
      {quotes.length === 0 ? (
        <p className="cd-empty">No quotations found.</p>
      ) : (
        <ul className="cd-list">
          {quotes.map((q, i) => <QuoteItem key={q.id} quote={q} review={matched.get(q.id)} editor={editor} index={i} />)}
        </ul>
      )}
    </section>
  );
}

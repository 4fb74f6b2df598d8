/**
 * The quotes panel: every quotation the engine found, with its review, in the order of the text.
 * A long article's quotes are drawn fifty at a time ("Show more"): each item is a few form
 * controls, and the browser's layout after every keystroke in the body grows with their number
 * (a 20,000-word article has about 360 quotes: 3.4 ms of layout a keystroke with all drawn,
 * 1.5–2 ms with fifty).
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { matchReviews } from '../stores/quotes.ts';
import { QuoteItem } from './QuoteItem.tsx';

export const QUOTES_PER_PAGE = 50;

export function QuotesPanel(): ReactNode {
  const editor = useArticle((s) => s.editor);
  const articleId = useArticle((s) => s.article?.id ?? null);
  const quotes = useFindingsStore((s) => s.shownQuotes);
  const reviews = useArticle((s) => s.article?.quotes);
  const [limit, setLimit] = useState(QUOTES_PER_PAGE);
  useEffect(() => setLimit(QUOTES_PER_PAGE), [articleId]);
  const matched = useMemo(() => matchReviews(quotes, reviews ?? []), [quotes, reviews]);
  const unattributed = quotes.filter((q) => !(matched.get(q.id)?.speaker ?? q.speaker)).length;
  const verified = quotes.filter((q) => matched.get(q.id)?.status === 'verified').length;
  const more = Math.min(QUOTES_PER_PAGE, quotes.length - limit);

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
          {quotes.slice(0, limit).map((q, i) => <QuoteItem key={q.id} quote={q} review={matched.get(q.id)} editor={editor} index={i} />)}
        </ul>
      )}
      {more > 0 && (
        <button type="button" className="btn btn-quiet btn-small cd-more" onClick={() => setLimit((n) => n + QUOTES_PER_PAGE)}>
          Show {more} more {more === 1 ? 'quote' : 'quotes'} (of {quotes.length - limit} not shown)
        </button>
      )}
    </section>
  );
}

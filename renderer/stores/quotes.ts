/**
 * Quote reviews: the editor's speaker override, verification status and source note for each
 * quotation the engine found. Reviews are saved in `article.quotes`, keyed by the quote's stable
 * id; when an edit inside the quote changes its id, the review is found again by its words
 * (exactly, else the closest text above a similarity threshold) and re-keyed on the next change.
 */
import { create } from 'zustand';
import { distance } from 'fastest-levenshtein';
import type { Quote } from '../../shared/analysis/types.ts';
import type { QuoteReview } from '../../shared/article/schema.ts';
import { useArticle } from './article.ts';

/** How alike two quote texts must be (1 = identical) for a review to follow an edited quote. */
const REATTACH_SIMILARITY = 0.8;

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * Each quote's review. A review serves one quote only: exact ids first, then identical texts,
 * then the most similar remaining text.
 */
export function matchReviews(quotes: readonly Quote[], reviews: readonly QuoteReview[]): Map<string, QuoteReview> {
  const out = new Map<string, QuoteReview>();
  const used = new Set<QuoteReview>();
  const take = (q: Quote, r: QuoteReview | undefined) => {
    if (!r || used.has(r) || out.has(q.id)) return;
    out.set(q.id, r);
    used.add(r);
  };
  for (const q of quotes) take(q, reviews.find((r) => r.quoteId === q.id));
  for (const q of quotes) take(q, reviews.find((r) => !used.has(r) && r.text === q.text));
  for (const q of quotes) {
    if (out.has(q.id)) continue;
    let best: QuoteReview | undefined;
    let bestScore = REATTACH_SIMILARITY;
    for (const r of reviews) {
      if (used.has(r)) continue;
      const score = similarity(r.text, q.text);
      if (score >= bestScore) {
        best = r;
        bestScore = score;
      }
    }
    take(q, best);
  }
  return out;
}

export function defaultReview(quote: Quote): QuoteReview {
  return { quoteId: quote.id, text: quote.text.slice(0, 20000), speaker: null, status: 'unverified', note: '' };
}

/** The reviews with `quote`'s review changed (re-keyed to the quote's current id and text). */
export function withReview(
  reviews: readonly QuoteReview[],
  quote: Quote,
  previous: QuoteReview | undefined,
  change: Partial<Pick<QuoteReview, 'speaker' | 'status' | 'note'>>,
): QuoteReview[] {
  const base = previous ?? defaultReview(quote);
  const next: QuoteReview = { ...base, ...change, quoteId: quote.id, text: quote.text.slice(0, 20000) };
  const rest = reviews.filter((r) => r !== previous && r.quoteId !== quote.id);
  return [...rest, next];
}

/** Save a change to a quote's review with the article. */
export function reviewQuote(quote: Quote, change: Partial<Pick<QuoteReview, 'speaker' | 'status' | 'note'>>): void {
  const article = useArticle.getState().article;
  if (!article) return;
  const previous = matchReviews([quote], article.quotes).get(quote.id);
  useArticle.getState().update({ quotes: withReview(article.quotes, quote, previous, change) });
}

interface QuotesUiState {
  /** The quote whose details are open in the panel. */
  expandedId: string | null;
  setExpanded(id: string | null): void;
}

export const useQuotesStore = create<QuotesUiState>()((set) => ({
  expandedId: null,
  setExpanded: (expandedId) => set({ expandedId }),
}));

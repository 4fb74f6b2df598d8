import { describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/analysis/types.ts';
import type { QuoteReview } from '../../shared/article/schema.ts';
import { matchReviews, withReview } from './quotes.ts';

const quote = (id: string, text: string, speaker: string | null = null): Quote => ({ id, text, start: 0, end: text.length, kind: 'full', speaker });

const rutte = 'I hope that, under Secretary General Rutte’s leadership, NATO will redouble efforts to monitor and block illicit exchanges';
const priority = 'top priority';

const review = (quoteId: string, text: string, change: Partial<QuoteReview> = {}): QuoteReview => ({
  quoteId, text, speaker: null, status: 'unverified', note: '', ...change,
});

describe('quote reviews stay with their quote', () => {
  it('finds a review by the quote id', () => {
    const r = review('q:1', rutte, { status: 'verified' });
    expect(matchReviews([quote('q:1', rutte)], [r]).get('q:1')).toBe(r);
  });

  it('follows a quote whose id changed after a small edit inside it', () => {
    const r = review('q:old', rutte, { status: 'verified', speaker: 'Yoon Suk Yeol' });
    const edited = quote('q:new', rutte.replace('redouble', 'redoubled'));
    expect(matchReviews([edited], [r]).get('q:new')).toBe(r);
  });

  it('does not hand one quote’s review to a different quote', () => {
    const r = review('q:old', rutte, { status: 'verified' });
    expect(matchReviews([quote('q:other', priority)], [r]).size).toBe(0);
  });

  it('gives each review to one quote only, exact id first', () => {
    const r = review('q:1', rutte, { status: 'disputed' });
    const matched = matchReviews([quote('q:2', rutte), quote('q:1', rutte)], [r]);
    expect(matched.get('q:1')).toBe(r);
    expect(matched.has('q:2')).toBe(false);
  });

  it('re-keys the review to the quote’s current id when it is changed', () => {
    const old = review('q:old', rutte, { status: 'verified' });
    const edited = quote('q:new', rutte.replace('redouble', 'redoubled'));
    const next = withReview([old, review('q:x', priority)], edited, old, { note: 'Checked against the Yonhap report' });
    expect(next).toHaveLength(2);
    expect(next.find((r) => r.quoteId === 'q:new')).toMatchObject({ status: 'verified', note: 'Checked against the Yonhap report', text: edited.text });
    expect(next.some((r) => r.quoteId === 'q:old')).toBe(false);
  });
});

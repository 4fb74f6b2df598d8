// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountRoot, unmountRoot } from '../testing/reactRoot.ts';
import type { Quote } from '../../shared/analysis/types.ts';
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { makeArticle } from '../stores/testTransport.ts';
import { QUOTES_PER_PAGE, QuotesPanel } from './QuotesPanel.tsx';

let container: HTMLDivElement;
let root: Root;

/** A long story's quotes: every seventh one with no speaker. */
function quotes(n: number): Quote[] {
  return Array.from({ length: n }, (_, i) => {
    const text = `We will keep our promise to Kyiv, whatever it costs, number ${i + 1}`;
    const start = i * 200;
    return { id: `q${i + 1}`, text, start, end: start + text.length, kind: 'direct', speaker: i % 7 === 0 ? null : 'Yoon Suk Yeol' } as Quote;
  });
}

function show(list: Quote[]) {
  act(() => useFindingsStore.getState().setResult('kyiv-visit', { text: '', findings: [], quotes: list, entities: [] }, 1));
}

const items = () => container.querySelectorAll('.cd-quote');
const moreButton = () => [...container.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show'));

beforeEach(() => {
  useArticle.setState({ article: makeArticle('kyiv-visit', 'Delegation arrives in Kyiv'), editor: null });
  ({ container, root } = mountRoot());
});

afterEach(() => {
  unmountRoot({ container, root });
  useFindingsStore.getState().clear();
  useArticle.setState({ article: null });
});

describe('the quotes panel in a long article', () => {
  it('draws the first fifty quotes, counts them all, and shows the rest fifty at a time', () => {
    show(quotes(120));
    act(() => root.render(<QuotesPanel />));
    expect(items()).toHaveLength(QUOTES_PER_PAGE);
    expect(container.textContent).toContain('120 · 0 verified · 18 without speaker');
    expect(moreButton()!.textContent).toBe('Show 50 more quotes (of 70 not shown)');
    act(() => moreButton()!.click());
    expect(items()).toHaveLength(100);
    act(() => moreButton()!.click());
    expect(items()).toHaveLength(120);
    expect(moreButton()).toBeUndefined();
    // In the order of the text: the last one drawn is the last quote.
    expect(items()[119]!.getAttribute('data-quote-id')).toBe('q120');
  });

  it('lists a short article’s quotes whole, with no button', () => {
    show(quotes(12));
    act(() => root.render(<QuotesPanel />));
    expect(items()).toHaveLength(12);
    expect(moreButton()).toBeUndefined();
  });
});

// Integration point owned by the review UI (issue 4): the fact-check, quotes and tags panels
// shown beside the editor. The app shell renders this component in its side column.
import { useState, type ReactNode } from 'react';
import { FactCheckPanel } from '../factcheck/FactCheckPanel.tsx';
import { QuotesPanel } from '../quotes/QuotesPanel.tsx';
import { TagsPanel } from '../tags/TagsPanel.tsx';
import { useArticle } from '../stores/article.ts';
import './review.css';

type PanelName = 'factcheck' | 'quotes' | 'tags' | 'all';

export function ReviewPanels(): ReactNode {
  const hasArticle = useArticle((s) => s.article !== null);
  const [shown, setShown] = useState<PanelName>('all');
  if (!hasArticle) return null;
  const show = (p: PanelName) => shown === 'all' || shown === p;
  return (
    <div className="cd-review" data-testid="review-panels">
      <div className="cd-review-tabs" role="group" aria-label="Review panels">
        {(['all', 'factcheck', 'quotes', 'tags'] as const).map((p) => (
          <button key={p} type="button" className="btn btn-quiet btn-small" aria-pressed={shown === p} onClick={() => setShown(p)}>
            {p === 'all' ? 'All' : p === 'factcheck' ? 'Fact-check' : p === 'quotes' ? 'Quotes' : 'Tags'}
          </button>
        ))}
      </div>
      {show('factcheck') && <FactCheckPanel />}
      {show('quotes') && <QuotesPanel />}
      {show('tags') && <TagsPanel />}
    </div>
  );
}

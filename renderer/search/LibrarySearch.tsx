/**
 * The search box at the top of the library sidebar: results as the user types, with the matched
 * words highlighted in the headline and in a snippet; Enter or a click opens the article at the
 * match. Sort and "edited since" sit beside the box; status and tag come from the filter bar.
 * Escape clears the search and goes back to the list.
 */
import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { SearchHit } from '../../shared/contract/libraryScale.ts';
import { STATUS_LABELS, UNTITLED } from '../library/statusLabels.ts';
import { fullTime, relativeTime } from '../library/relativeTime.ts';
import { useNow } from '../library/useNow.ts';
import { useArticle } from '../stores/article.ts';
import { Highlighted } from './Highlighted.tsx';
import { openAtMatch } from './openAtMatch.ts';
import { SINCE_LABELS, useSearch, type SinceChoice, type SortChoice } from './searchStore.ts';
import './search.css';

const SORT_LABELS: Record<SortChoice, string> = {
  relevance: 'Best match',
  edited: 'Last edited',
  created: 'Newest',
  headline: 'Headline A–Z',
};

export function LibrarySearch(): ReactNode {
  const query = useSearch((s) => s.query);
  const sort = useSearch((s) => s.sort);
  const since = useSearch((s) => s.since);
  const { setQuery, setSort, setSince, clear } = useSearch.getState();
  const resultsId = useId();

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Escape' && query !== '') {
      e.preventDefault();
      clear();
    } else if (e.key === 'ArrowDown') {
      const first = document.getElementById(resultsId)?.querySelector<HTMLButtonElement>('.search-hit-open');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Enter') {
      const hit = useSearch.getState().results?.hits[0];
      if (hit) {
        e.preventDefault();
        void openAtMatch(hit);
      }
    }
  }

  return (
    <div className="library-search" role="search" aria-label="Search the library">
      <input
        type="search"
        className="search-input"
        placeholder="Search headlines, text, bylines, tags"
        aria-label="Search the library"
        aria-controls={resultsId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {query.trim() !== '' && (
        <>
          <div className="search-options" role="group" aria-label="Search options">
            <select aria-label="Sort results" value={sort} onChange={(e) => setSort(e.target.value as SortChoice)}>
              {(Object.keys(SORT_LABELS) as SortChoice[]).map((k) => <option key={k} value={k}>{SORT_LABELS[k]}</option>)}
            </select>
            <select aria-label="Edited since" value={since} onChange={(e) => setSince(e.target.value as SinceChoice)}>
              {(Object.keys(SINCE_LABELS) as SinceChoice[]).map((k) => <option key={k} value={k}>{SINCE_LABELS[k]}</option>)}
            </select>
          </div>
          <SearchResultsList id={resultsId} />
        </>
      )}
    </div>
  );
}

function SearchResultsList({ id }: { id: string }): ReactNode {
  const results = useSearch((s) => s.results);
  const searching = useSearch((s) => s.searching);
  const error = useSearch((s) => s.error);
  const openId = useArticle((s) => s.article?.id ?? null);
  const now = useNow();

  let status: string;
  if (error) status = `Search failed: ${error}`;
  else if (!results) status = searching ? 'Searching…' : '';
  else if (results.total === 0) status = 'No article matches.';
  else status = `${results.total} ${results.total === 1 ? 'article matches' : 'articles match'}${results.total > results.hits.length ? `, showing the first ${results.hits.length}` : ''}.`;
  const indexing = results?.indexing;

  return (
    <section id={id} className="search-results" aria-label="Search results">
      <p className="search-status" role="status" aria-live="polite">
        {status}
        {indexing && ` Still indexing the library${indexing.total > 0 ? ` (${indexing.done} of ${indexing.total})` : ''}; more may appear.`}
      </p>
      {results && results.hits.length > 0 && (
        <ul className="search-hits">
          {results.hits.map((hit) => (
            <li key={hit.id} className={hit.id === openId ? 'search-hit is-open' : 'search-hit'}>
              <button type="button" className="search-hit-open" onClick={() => void openAtMatch(hit)} onKeyDown={moveFocus}>
                <span className="search-hit-title">
                  {hit.title ? <Highlighted text={hit.title} spans={hit.titleHighlights} /> : UNTITLED}
                </span>
                {hit.snippet && (
                  <span className="search-hit-snippet">
                    <Highlighted text={hit.snippet.text} spans={hit.snippet.highlights} />
                  </span>
                )}
                <HitMeta hit={hit} now={now} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function HitMeta({ hit, now }: { hit: SearchHit; now: Date }): ReactNode {
  return (
    <span className="article-meta">
      <span className={`status-pill status-${hit.status}`}>{STATUS_LABELS[hit.status]}</span>
      <time dateTime={hit.updatedAt} title={fullTime(hit.updatedAt)}>{relativeTime(hit.updatedAt, now)}</time>
    </span>
  );
}

function moveFocus(e: KeyboardEvent<HTMLButtonElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  e.preventDefault();
  const items = Array.from(e.currentTarget.closest('ul')?.querySelectorAll<HTMLButtonElement>('.search-hit-open') ?? []);
  const i = items.indexOf(e.currentTarget);
  const next = i + (e.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) e.currentTarget.closest('.library-search')?.querySelector<HTMLInputElement>('.search-input')?.focus();
  else items[Math.min(items.length - 1, next)]?.focus();
}

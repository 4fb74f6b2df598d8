/**
 * The library: a navigation landmark named "Library" with the search box (issue 5), New article,
 * filters, the article list or the trash, and any damaged files.
 */
import type { ReactNode } from 'react';
import { LibrarySearch } from '../search/LibrarySearch.tsx';
import { useLibrary } from '../stores/library.ts';
import { ArticleList } from './ArticleList.tsx';
import { DamagedList } from './DamagedList.tsx';
import { FilterBar, ListSortBar } from './FilterBar.tsx';
import { TrashList } from './TrashList.tsx';

export interface LibrarySidebarProps {
  onNewArticle(): void;
  newShortcut: string;
  onError(message: string): void;
}

export function LibrarySidebar({ onNewArticle, newShortcut, onError }: LibrarySidebarProps): ReactNode {
  const view = useLibrary((s) => s.view);
  const trashCount = useLibrary((s) => s.trash.length);
  const loaded = useLibrary((s) => s.loaded);
  const error = useLibrary((s) => s.error);
  const setView = useLibrary((s) => s.setView);
  const progress = useLibrary((s) => s.progress);

  return (
    <nav className="sidebar" aria-label="Library">
      <div className="sidebar-top">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">¶</span>
          <span className="brand-name">Copydesk</span>
        </div>
        <button type="button" className="btn btn-primary btn-new" onClick={onNewArticle} aria-keyshortcuts={newShortcut} title={`New article (${newShortcut})`}>
          New article
        </button>
      </div>
      <LibrarySearch />
      <div className="view-tabs" role="group" aria-label="Show">
        <button type="button" aria-pressed={view === 'articles'} onClick={() => setView('articles')}>Articles</button>
        <button type="button" aria-pressed={view === 'trash'} onClick={() => setView('trash')}>
          Trash{trashCount > 0 ? ` (${trashCount})` : ''}
        </button>
      </div>
      {view === 'articles' && <FilterBar />}
      {view === 'articles' && <ListSortBar />}
      <div className="sidebar-list">
        {error && <p className="list-error" role="alert">The library could not be read: {error}</p>}
        {!loaded && !error && <p className="list-empty">Opening the library…</p>}
        {progress && <p className="list-empty" role="status">Reading the library{progress.total > 0 ? `: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} articles` : ''}…</p>}
        {loaded && (view === 'articles' ? <ArticleList onError={onError} /> : <TrashList onError={onError} />)}
        <DamagedList />
      </div>
    </nav>
  );
}

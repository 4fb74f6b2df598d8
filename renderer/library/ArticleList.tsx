/**
 * The library's articles, most recently edited first: title, status and when it was edited.
 * Enter or a click opens an article; Delete (or the trash button) moves it to the trash.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import type { ArticleSummary } from '../../shared/article/schema.ts';
import { useArticle } from '../stores/article.ts';
import { useLibrary, visibleArticles } from '../stores/library.ts';
import { useShallow } from 'zustand/react/shallow';
import { fullTime, relativeTime } from './relativeTime.ts';
import { STATUS_LABELS, UNTITLED } from './statusLabels.ts';
import { useNow } from './useNow.ts';

export function ArticleList({ onError }: { onError(message: string): void }): ReactNode {
  const articles = useLibrary(useShallow(visibleArticles));
  const total = useLibrary((s) => s.articles.length);
  const openId = useArticle((s) => s.article?.id ?? null);
  const now = useNow();

  async function trash(a: ArticleSummary) {
    try {
      if (openId === a.id) await useArticle.getState().close();
      await useLibrary.getState().trashArticle(a.id);
    } catch (err) {
      onError(`Could not move “${a.title || UNTITLED}” to the trash: ${(err as Error).message}`);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, a: ArticleSummary) {
    if (e.key === 'Delete') {
      e.preventDefault();
      void trash(a);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const items = Array.from(e.currentTarget.closest('ul')?.querySelectorAll<HTMLButtonElement>('.article-open') ?? []);
      const i = items.indexOf(e.currentTarget);
      items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    }
  }

  if (articles.length === 0) {
    return <p className="list-empty">{total === 0 ? 'No articles yet. Start one with “New article”.' : 'No article matches these filters.'}</p>;
  }

  return (
    <ul className="article-list" aria-label="Articles">
      {articles.map((a) => (
        <li key={a.id} className={a.id === openId ? 'article-item is-open' : 'article-item'}>
          <button
            type="button"
            className="article-open"
            aria-current={a.id === openId ? 'true' : undefined}
            onClick={() => void useArticle.getState().open(a.id)}
            onKeyDown={(e) => onKeyDown(e, a)}
          >
            <span className={a.title ? 'article-title' : 'article-title is-untitled'}>{a.title || UNTITLED}</span>
            <span className="article-meta">
              <span className={`status-pill status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
              <time dateTime={a.updatedAt} title={fullTime(a.updatedAt)}>{relativeTime(a.updatedAt, now)}</time>
            </span>
          </button>
          <button type="button" className="icon-btn article-trash" aria-label={`Move “${a.title || UNTITLED}” to the trash`} title="Move to trash (Delete)" onClick={() => void trash(a)}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" /></svg>
          </button>
        </li>
      ))}
    </ul>
  );
}

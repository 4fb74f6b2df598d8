/**
 * The library sidebar's state: the listing from the host (articles, trash, damaged files), the
 * view (library or trash) and the status / tag filters. Components read it with selectors;
 * `visibleArticles` and `allTags` derive what the list shows.
 */
import { create } from 'zustand';
import type { ArticleStatus, ArticleSummary, DamagedFile, Article } from '../../shared/article/schema.ts';
import { call } from '../api/client.ts';
import { listProgressively } from '../search/coldListing.ts';

export type LibraryView = 'articles' | 'trash';
/** How the article list is ordered (search results have their own order, with best match). */
export type ListSort = 'edited' | 'created' | 'headline';
export const LIST_SORTS: readonly ListSort[] = ['edited', 'created', 'headline'];

export interface LibraryState {
  articles: ArticleSummary[];
  trash: ArticleSummary[];
  damaged: DamagedFile[];
  loaded: boolean;
  /** Why the listing could not be loaded, or null. */
  error: string | null;
  /** While a cold library is still being read: how far (articles shown are partial until null). */
  progress: { done: number; total: number } | null;
  view: LibraryView;
  statusFilter: ArticleStatus | 'all';
  /** Only articles with this tag; null for every tag. */
  tagFilter: string | null;
  listSort: ListSort;

  refresh(): Promise<void>;
  create(title?: string): Promise<Article>;
  trashArticle(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  purge(id: string): Promise<void>;
  /** Puts a fresh summary (after a save) in place and keeps the list sorted by last edit. */
  applySummary(summary: ArticleSummary): void;
  /** Shows an unsaved title at once, before the save that carries it. */
  showTitle(id: string, title: string): void;
  setView(view: LibraryView): void;
  setStatusFilter(status: ArticleStatus | 'all'): void;
  setTagFilter(tag: string | null): void;
  /** Orders the list, and remembers the choice for the next start. */
  setListSort(sort: ListSort): void;
}

/**
 * The list order is remembered in the renderer's own storage: the host's settings schema has no
 * place for view preferences, and the order is a matter of this window, not of the library.
 */
const LIST_SORT_KEY = 'copydesk.listSort';

function rememberedListSort(): ListSort {
  try {
    const v = globalThis.localStorage?.getItem(LIST_SORT_KEY);
    return LIST_SORTS.includes(v as ListSort) ? (v as ListSort) : 'edited';
  } catch {
    return 'edited'; // storage unavailable (a sandboxed or private window): the default order
  }
}

const byLastEdit = (a: ArticleSummary, b: ArticleSummary) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
const byTrashed = (a: ArticleSummary, b: ArticleSummary) =>
  (a.trashedAt ?? '') < (b.trashedAt ?? '') ? 1 : (a.trashedAt ?? '') > (b.trashedAt ?? '') ? -1 : 0;

export const useLibrary = create<LibraryState>()((set, get) => ({
  articles: [],
  trash: [],
  damaged: [],
  loaded: false,
  error: null,
  progress: null,
  view: 'articles',
  statusFilter: 'all',
  tagFilter: null,
  listSort: rememberedListSort(),

  async refresh() {
    try {
      // A cold library lists slowly: show what has been read so far, with progress (issue 5).
      const listing = await listProgressively(call('library.list', {}), (partial) => {
        if (!get().loaded || get().progress) set({ articles: partial.articles, progress: partial.progress, loaded: true });
      });
      set({
        progress: null,
        articles: [...listing.articles].sort(byLastEdit),
        trash: [...listing.trash].sort(byTrashed),
        damaged: listing.damaged,
        loaded: true,
        error: null,
      });
    } catch (err) {
      set({ loaded: true, progress: null, error: (err as Error).message });
    }
  },

  async create(title) {
    const article = await call('article.create', title === undefined ? {} : { title });
    const { body: _body, flags: _f, quotes: _q, dismissed: _d, standfirst: _s, byline: _b, dateline: _dl, format: _fo, version: _v, ...rest } = article;
    get().applySummary({ ...rest, wordCount: 0, trashedAt: null });
    return article;
  },

  async trashArticle(id) {
    const summary = await call('article.trash', { id });
    set((s) => ({
      articles: s.articles.filter((a) => a.id !== id),
      trash: [summary, ...s.trash.filter((a) => a.id !== id)].sort(byTrashed),
    }));
  },

  async restore(id) {
    const summary = await call('article.restore', { id });
    set((s) => ({
      trash: s.trash.filter((a) => a.id !== id),
      articles: [summary, ...s.articles.filter((a) => a.id !== id)].sort(byLastEdit),
    }));
  },

  async purge(id) {
    await call('article.purge', { id });
    set((s) => ({ trash: s.trash.filter((a) => a.id !== id) }));
  },

  applySummary(summary) {
    set((s) => {
      if (summary.trashedAt) return {};
      const others = s.articles.filter((a) => a.id !== summary.id);
      return { articles: [summary, ...others].sort(byLastEdit) };
    });
  },

  showTitle(id, title) {
    set((s) => ({ articles: s.articles.map((a) => (a.id === id ? { ...a, title } : a)) }));
  },

  setView: (view) => set({ view }),
  setStatusFilter: (statusFilter) => set({ statusFilter }),
  setTagFilter: (tagFilter) => set({ tagFilter }),
  setListSort: (listSort) => {
    set({ listSort });
    try {
      globalThis.localStorage?.setItem(LIST_SORT_KEY, listSort);
    } catch {
      // Not remembered; the list is still sorted for this session.
    }
  },
}));

const headlines = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const ORDER: Record<ListSort, (a: ArticleSummary, b: ArticleSummary) => number> = {
  edited: byLastEdit,
  created: (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0) || byLastEdit(a, b),
  // Untitled articles last, not first.
  headline: (a, b) => Number(a.title.trim() === '') - Number(b.title.trim() === '') || headlines.compare(a.title, b.title) || byLastEdit(a, b),
};

/** The last sort, reused while neither the articles nor the order change (10,000 articles: a few ms each). */
let sorted: { articles: ArticleSummary[]; sort: ListSort; result: ArticleSummary[] } | null = null;

function inListOrder(articles: ArticleSummary[], sort: ListSort): ArticleSummary[] {
  // The store keeps articles most recently edited first already.
  if (sort === 'edited') return articles;
  if (sorted?.articles !== articles || sorted.sort !== sort) sorted = { articles, sort, result: [...articles].sort(ORDER[sort]) };
  return sorted.result;
}

/** The articles the list shows under the current filters, in the chosen order. */
export function visibleArticles(s: Pick<LibraryState, 'articles' | 'statusFilter' | 'tagFilter'> & Partial<Pick<LibraryState, 'listSort'>>): ArticleSummary[] {
  return inListOrder(s.articles, s.listSort ?? 'edited').filter(
    (a) => (s.statusFilter === 'all' || a.status === s.statusFilter) && (s.tagFilter === null || a.tags.includes(s.tagFilter)),
  );
}

/** Every tag used in the library, alphabetically, for the tag filter. */
export function allTags(s: Pick<LibraryState, 'articles'>): string[] {
  return [...new Set(s.articles.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
}

/** Narrow the list by status and by tag, and choose its order. */
import type { ReactNode } from 'react';
import { ArticleStatus } from '../../shared/article/schema.ts';
import { allTags, LIST_SORTS, useLibrary, type ListSort } from '../stores/library.ts';
import { useShallow } from 'zustand/react/shallow';
import { STATUS_LABELS } from './statusLabels.ts';

const SORT_LABELS: Record<ListSort, string> = {
  edited: 'Sort by last edited',
  created: 'Sort by newest',
  headline: 'Sort by headline A–Z',
};

export function FilterBar(): ReactNode {
  const statusFilter = useLibrary((s) => s.statusFilter);
  const tagFilter = useLibrary((s) => s.tagFilter);
  const tags = useLibrary(useShallow(allTags));
  const { setStatusFilter, setTagFilter } = useLibrary.getState();
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <select aria-label="Filter by status" value={statusFilter} onChange={(e) => setStatusFilter(e.target.value as ArticleStatus | 'all')}>
        <option value="all">All statuses</option>
        {ArticleStatus.options.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
      </select>
      <select aria-label="Filter by tag" value={tagFilter ?? ''} onChange={(e) => setTagFilter(e.target.value || null)} disabled={tags.length === 0 && tagFilter === null}>
        <option value="">All tags</option>
        {tagFilter !== null && !tags.includes(tagFilter) && <option value={tagFilter}>{tagFilter}</option>}
        {tags.map((t) => <option key={t} value={t}>{t}</option>)}
      </select>
    </div>
  );
}

/** The list's order, on its own row: three selects side by side cut their labels short. */
export function ListSortBar(): ReactNode {
  const listSort = useLibrary((s) => s.listSort);
  const setListSort = useLibrary((s) => s.setListSort);
  return (
    <div className="filter-bar" role="group" aria-label="Order">
      <select aria-label="Sort the list" value={listSort} onChange={(e) => setListSort(e.target.value as ListSort)}>
        {LIST_SORTS.map((k) => <option key={k} value={k}>{SORT_LABELS[k]}</option>)}
      </select>
    </div>
  );
}

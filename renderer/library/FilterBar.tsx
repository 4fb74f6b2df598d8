/** Narrow the list by status and by tag. */
import type { ReactNode } from 'react';
import { ArticleStatus } from '../../shared/article/schema.ts';
import { allTags, useLibrary } from '../stores/library.ts';
import { useShallow } from 'zustand/react/shallow';
import { STATUS_LABELS } from './statusLabels.ts';

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

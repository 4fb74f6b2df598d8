import type { ArticleStatus } from '../../shared/article/schema.ts';

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  published: 'Published',
};

export const UNTITLED = 'Untitled';

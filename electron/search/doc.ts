/**
 * What the search index knows of an article: the searchable text and the few fields the list
 * needs to filter, sort and show a hit without opening the file.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Article, ArticleStatus } from '../../shared/article/schema.ts';
import { ARTICLE_FORMAT } from '../../shared/article/schema.ts';
import { plainTextOf } from '../../shared/article/plainText.ts';

/** Kept in memory and in the persisted index for every article. */
export interface DocMeta {
  id: string;
  title: string;
  status: ArticleStatus;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  /** The file's size and modification time when it was indexed: tells a stale entry apart. */
  stamp: string;
}

/** The searchable fields, as MiniSearch indexes them. */
export interface SearchDoc extends DocMeta {
  standfirst: string;
  body: string;
  byline: string;
}

export type ArticleText = Pick<Article, 'id' | 'title' | 'standfirst' | 'byline' | 'status' | 'tags' | 'createdAt' | 'updatedAt' | 'body'>;

export function searchDocOf(article: ArticleText, stamp: string): SearchDoc {
  return {
    id: article.id,
    title: article.title,
    standfirst: article.standfirst,
    byline: article.byline,
    body: plainTextOf(article.body),
    status: article.status,
    tags: [...article.tags],
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    stamp,
  };
}

export function metaOf(doc: SearchDoc): DocMeta {
  const { id, title, status, tags, createdAt, updatedAt, stamp } = doc;
  return { id, title, status, tags, createdAt, updatedAt, stamp };
}

export function stampOf(size: number, mtimeMs: number): string {
  return `${size}:${Math.round(mtimeMs)}`;
}

export function fileStamp(path: string): string | null {
  try {
    const st = statSync(path);
    return st.isFile() ? stampOf(st.size, st.mtimeMs) : null;
  } catch {
    return null;
  }
}

/**
 * Reads an article file just far enough to index it. Returns null for anything that is not a
 * readable article (the library service reports damaged files; the index simply leaves them out).
 */
export function readArticleText(path: string): ArticleText | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const a = data as Record<string, unknown>;
  const body = a.body as { root?: { children?: unknown } } | undefined;
  if (a.format !== ARTICLE_FORMAT || typeof a.id !== 'string' || !Array.isArray(body?.root?.children)) return null;
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  return {
    id: a.id,
    title: str(a.title),
    standfirst: str(a.standfirst),
    byline: str(a.byline),
    status: (['draft', 'in-review', 'approved', 'published'].includes(str(a.status)) ? a.status : 'draft') as ArticleStatus,
    tags: Array.isArray(a.tags) ? a.tags.filter((t): t is string => typeof t === 'string') : [],
    createdAt: str(a.createdAt),
    updatedAt: str(a.updatedAt),
    body: body as Article['body'],
  };
}

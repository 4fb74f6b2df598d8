/** How an article is written to disk and summarised for the library list. */
import { ARTICLE_FORMAT, ARTICLE_VERSION } from '../../shared/article/schema.ts';
import type { Article, ArticleSummary } from '../../shared/article/schema.ts';
import { plainTextOf } from '../../shared/article/plainText.ts';
import { countWords } from '../../shared/article/wordCount.ts';

/**
 * The file's text: the envelope first so a person opening the file sees what it is, two-space
 * indentation so sync tools can diff it, and `trashedAt` only while the file is in the trash.
 */
export function serializeArticle(article: Article, trashedAt: string | null = null): string {
  const { format: _f, version: _v, id, createdAt, updatedAt, revision, ...fields } = article;
  const ordered = {
    format: ARTICLE_FORMAT,
    version: ARTICLE_VERSION,
    id,
    revision,
    createdAt,
    updatedAt,
    ...(trashedAt ? { trashedAt } : {}),
    ...fields,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

export function summarize(article: Article, trashedAt: string | null): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    status: article.status,
    tags: [...article.tags],
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    revision: article.revision,
    wordCount: countWords(plainTextOf(article.body)),
    trashedAt,
  };
}

/**
 * Contract schemas of the library-scale features (issue 5): full-text search, version history and
 * library-wide name spellings. The methods themselves are listed in api.ts with the others.
 */
import { z } from 'zod';
import { Article, ArticleId, ArticleStatus, ArticleSummary } from '../article/schema.ts';

const Span = z.tuple([z.number().int(), z.number().int()]);
const DateBound = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, 'A date is YYYY-MM-DD or an ISO date-time.');

export const SearchInput = z
  .object({
    /** Words to find; empty lists the articles the filters allow. */
    query: z.string().max(500),
    status: z.array(ArticleStatus).max(4).optional(),
    tag: z.string().max(60).optional(),
    /** Last edited on or after / on or before. */
    from: DateBound.optional(),
    to: DateBound.optional(),
    sort: z.enum(['relevance', 'edited', 'created', 'headline']).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type SearchInput = z.infer<typeof SearchInput>;

export const SearchHit = z.object({
  id: ArticleId,
  title: z.string(),
  status: ArticleStatus,
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  score: z.number(),
  /** Matched words in the title, as [start, end) offsets. */
  titleHighlights: z.array(Span),
  /** An excerpt around the best match, with the matched words' offsets into `text`. */
  snippet: z.object({ text: z.string(), highlights: z.array(Span) }).nullable(),
  /** Where the best match is; body offsets are into the body's plain text (Lexical's getTextContent). */
  match: z.object({ field: z.enum(['body', 'standfirst', 'byline', 'title']), start: z.number().int(), end: z.number().int() }).nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z.object({
  total: z.number().int(),
  hits: z.array(SearchHit),
  /** Set while the index is still being built; results are partial until it is null. */
  indexing: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
});
export type SearchResults = z.infer<typeof SearchResults>;

/**
 * A listing still reading a cold library: the articles summarised so far (most recently edited
 * first, at most `limit`) and how many files it has got through. `progress` is null when no
 * listing is running (then `articles` is empty: the full listing is about to answer or has).
 */
export const ListingProgress = z.object({
  articles: z.array(ArticleSummary),
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
});
export type ListingProgress = z.infer<typeof ListingProgress>;

export const SnapshotInfo = z.object({
  snapshotId: z.string(),
  at: z.string(),
  reason: z.enum(['auto', 'status', 'manual', 'before-restore']),
  revision: z.number().int(),
  title: z.string(),
  words: z.number().int(),
  /** Words added / removed since the previous snapshot; null for the oldest. */
  added: z.number().int().nullable(),
  removed: z.number().int().nullable(),
});
export type SnapshotInfo = z.infer<typeof SnapshotInfo>;

export const SnapshotId = z.string().regex(/^[0-9]{8}T[0-9]{9}Z-r[0-9]+-[0-9a-f]{4}$/, 'Not a snapshot id.');
export const BySnapshot = z.object({ id: ArticleId, snapshotId: SnapshotId }).strict();

export const SnapshotDiff = z.object({
  /** From the snapshot to the current text: 'removed' parts are in the snapshot only. */
  parts: z.array(z.object({ type: z.enum(['same', 'added', 'removed']), text: z.string() })),
  added: z.number().int(),
  removed: z.number().int(),
});
export type SnapshotDiff = z.infer<typeof SnapshotDiff>;

export const RestoreResult = z.object({
  article: Article,
  /** The snapshot of the version that the restore replaced: restoring it undoes the restore. */
  undoSnapshotId: z.string(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

export const NameSpelling = z.object({
  text: z.string(),
  /** Articles that use this spelling (not mentions). */
  articles: z.number().int(),
});

/** A name spelled more than one way across the library. */
export const LibraryNameEntry = z.object({
  /** The library's form: the spelling most articles use. */
  form: z.string(),
  spellings: z.array(NameSpelling.extend({ articleIds: z.array(ArticleId) })),
});
export type LibraryNameEntry = z.infer<typeof LibraryNameEntry>;

export const LibraryNamesReport = z.object({
  articles: z.number().int(),
  names: z.array(LibraryNameEntry),
  /** Set while the name index is still being built: the report covers `done` articles so far. */
  indexing: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
});
export type LibraryNamesReport = z.infer<typeof LibraryNamesReport>;

export const NameCheckInput = z
  .object({
    /** The article being checked; its own indexed spellings are left out of the library's counts. */
    id: ArticleId.optional(),
    /** Spellings the article uses now (from the live analysis); default: what the index holds for `id`. */
    spellings: z.array(z.string().max(200)).max(1000).optional(),
  })
  .strict();

/** One spelling in the article that differs from how the rest of the library spells the name. */
export const LibraryNameFinding = z.object({
  /** The article's spelling. */
  text: z.string(),
  /** The library's form, offered as the replacement. */
  suggestion: z.string(),
  /** How many other articles use the library's form / this article's spelling. */
  libraryArticles: z.number().int(),
  sameSpellingArticles: z.number().int(),
  message: z.string(),
  spellings: z.array(NameSpelling),
});
export type LibraryNameFinding = z.infer<typeof LibraryNameFinding>;

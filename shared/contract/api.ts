/**
 * The one door between renderer and main: every method, its input schema and its output
 * schema. The Electron main process serves it over IPC and the web host over HTTP, both through
 * the same handler table (electron/api/). Types are inferred from the schemas, never written
 * twice. Add a method here, then one handler in electron/api/handlers.ts.
 */
import { z } from 'zod';
import {
  Article,
  ArticleFields,
  ArticleId,
  ArticleSummary,
  DamagedFile,
} from '../article/schema.ts';
import { Settings, SettingsPatch } from './settings.ts';
import {
  BySnapshot,
  LibraryNameFinding,
  LibraryNamesReport,
  ListingProgress,
  NameCheckInput,
  RestoreResult,
  SearchInput,
  SearchResults,
  SnapshotDiff,
  SnapshotInfo,
} from './libraryScale.ts';
import { StyleBookSaveInput, StyleBookSaveResult, StyleBookState } from './styleBook.ts';

const NoInput = z.object({}).strict();
const ById = z.object({ id: ArticleId }).strict();

export const AppInfo = z.object({
  host: z.enum(['electron', 'web']),
  version: z.string(),
  libraryDir: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const LibraryListing = z.object({
  /** Articles not in the trash, most recently edited first. */
  articles: z.array(ArticleSummary),
  /** Articles in the trash, most recently trashed first. */
  trash: z.array(ArticleSummary),
  /** Files that could not be read; reported, never rewritten. */
  damaged: z.array(DamagedFile),
});
export type LibraryListing = z.infer<typeof LibraryListing>;

/** The fields a save may change; anything left out stays as it is on disk. */
export const ArticleChanges = ArticleFields.partial().strict();
export type ArticleChanges = z.infer<typeof ArticleChanges>;

export const SaveResult = z.object({
  revision: z.number().int(),
  updatedAt: z.string(),
  summary: ArticleSummary,
});
export type SaveResult = z.infer<typeof SaveResult>;

/**
 * Unsaved edits kept on disk while typing, so a crash loses at most about a second of work.
 * A save clears the entries written before it began; what is left at the next start is offered
 * back to the writer.
 */
export const JournalEntry = z.object({
  id: ArticleId,
  /** The revision the edits were made on; if the disk has moved on, offer them, don't apply blindly. */
  baseRevision: z.number().int().min(0),
  changes: ArticleChanges,
  writtenAt: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const api = {
  'app.info': { input: NoInput, output: AppInfo },
  'library.list': { input: NoInput, output: LibraryListing },
  'article.create': {
    input: z.object({ title: z.string().max(500).optional() }).strict(),
    output: Article,
  },
  'article.read': { input: ById, output: Article },
  /** Refused with 'conflict' when the file's revision is no longer `baseRevision`. */
  'article.save': {
    input: z
      .object({ id: ArticleId, baseRevision: z.number().int().min(0), changes: ArticleChanges })
      .strict(),
    output: SaveResult,
  },
  'article.trash': { input: ById, output: ArticleSummary },
  'article.restore': { input: ById, output: ArticleSummary },
  /** Deletes an article that is already in the trash, for good. */
  'article.purge': { input: ById, output: z.object({ id: ArticleId }) },
  /** While a cold library.list is still reading files: what it has read so far (issue 5). */
  'library.listProgress': { input: z.object({ limit: z.number().int().min(1).max(10_000).optional() }).strict(), output: ListingProgress },
  /** Full-text search with filters and sort (issue 5; schemas in libraryScale.ts). */
  'library.search': { input: SearchInput, output: SearchResults },
  /** Every name spelled more than one way across the library, with who uses which spelling. */
  'library.names': { input: NoInput, output: LibraryNamesReport },
  /** Spellings in one article that differ from the rest of the library's. */
  'library.nameCheck': { input: NameCheckInput, output: z.object({ findings: z.array(LibraryNameFinding) }) },
  /** Snapshots of an article, newest first. */
  'article.history': { input: ById, output: z.object({ snapshots: z.array(SnapshotInfo) }) },
  /** Keeps the article as it is on disk now as a snapshot ("save a version"). */
  'article.snapshot': { input: ById, output: SnapshotInfo },
  'article.snapshotDiff': { input: BySnapshot, output: SnapshotDiff },
  /** Saves a snapshot's content as a new revision, after keeping the current one as a snapshot. */
  'article.restoreSnapshot': { input: BySnapshot, output: RestoreResult },
  /** Keeps the edits not yet saved (call about once a second while typing). */
  'journal.write': {
    input: z.object({ id: ArticleId, baseRevision: z.number().int().min(0), changes: ArticleChanges }).strict(),
    output: z.object({ writtenAt: z.string() }),
  },
  /** Edits left unsaved by a crash, oldest first, for articles still in the library. */
  'journal.list': { input: NoInput, output: z.object({ entries: z.array(JournalEntry) }) },
  /** Forgets an article's unsaved edits (the writer declined them, or they were saved). */
  'journal.discard': { input: ById, output: z.object({ id: ArticleId }) },
  /** The house style book in the library folder, or why it cannot be used (styleBook.ts). */
  'styleBook.get': { input: NoInput, output: StyleBookState },
  /** Replaces the library's style book; refused with 'conflict' if it changed since `baseVersion`. */
  'styleBook.save': { input: StyleBookSaveInput, output: StyleBookSaveResult },
  'settings.get': { input: NoInput, output: Settings },
  'settings.set': { input: SettingsPatch, output: Settings },
} as const;

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type Output<M extends Method> = z.infer<Api[M]['output']>;

export const METHODS = Object.keys(api) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

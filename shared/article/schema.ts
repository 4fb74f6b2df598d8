/**
 * The on-disk article format, version 1. One JSON file per article, `<id>.json` in the library
 * folder. The zod schemas are the single source of truth: the TypeScript types are inferred
 * from them and every file read from disk is validated against them. Documented for humans in
 * FORMAT.md beside this file.
 */
import { z } from 'zod';

export const ARTICLE_FORMAT = 'copydesk-article';
export const ARTICLE_VERSION = 1;

/** Lower-case letters, digits and dashes: an id can never name a path outside the library. */
export const ArticleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'An article id is 1–80 lower-case letters, digits and dashes.');
export type ArticleId = z.infer<typeof ArticleId>;

export const ArticleStatus = z.enum(['draft', 'in-review', 'approved', 'published']);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

const IsoDate = z.iso.datetime({ offset: true });

export const Tag = z.string().trim().min(1).max(60);

export const FlagCategory = z.enum(['name', 'fact', 'quote', 'style', 'legal', 'other']);
export type FlagCategory = z.infer<typeof FlagCategory>;

/** An editor's deliberate note on a span; anchored in the body by a MarkNode with the same id. */
export const Flag = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  category: FlagCategory,
  note: z.string().max(5000),
  author: z.string().max(200),
  createdAt: IsoDate,
  status: z.enum(['open', 'resolved']),
  resolvedAt: IsoDate.nullable().default(null),
  /** The flagged text when the flag was made (shown if the span is later deleted). */
  text: z.string().max(5000),
});
export type Flag = z.infer<typeof Flag>;

/** An editor's review of one quotation found by the engine, keyed by the quote's stable id. */
export const QuoteReview = z.object({
  quoteId: z.string().max(200),
  /** The quoted words, so a review can be re-attached if the id changes after an edit. */
  text: z.string().max(20000),
  /** Speaker set by hand; null = use what the engine found. */
  speaker: z.string().max(200).nullable(),
  status: z.enum(['unverified', 'verified', 'disputed']),
  note: z.string().max(5000),
});
export type QuoteReview = z.infer<typeof QuoteReview>;

/** A finding the editor dismissed for this article. */
export const Dismissal = z.object({
  findingId: z.string().max(200),
  reason: z.enum(['ignore', 'different-people']),
  at: IsoDate,
});
export type Dismissal = z.infer<typeof Dismissal>;

/** Lexical's serialized editor state. Its node structure is Lexical's; we check the envelope. */
export const EditorStateJSON = z
  .object({
    root: z
      .object({ type: z.literal('root'), children: z.array(z.unknown()) })
      .passthrough(),
  })
  .passthrough();
export type EditorStateJSON = z.infer<typeof EditorStateJSON>;

export const ArticleFields = z.object({
  title: z.string().max(500),
  standfirst: z.string().max(5000),
  byline: z.string().max(500),
  dateline: z.string().max(500),
  status: ArticleStatus,
  tags: z.array(Tag).max(200),
  body: EditorStateJSON,
  flags: z.array(Flag).max(5000),
  quotes: z.array(QuoteReview).max(5000),
  dismissed: z.array(Dismissal).max(5000),
});
export type ArticleFields = z.infer<typeof ArticleFields>;

export const Article = ArticleFields.extend({
  format: z.literal(ARTICLE_FORMAT),
  version: z.literal(ARTICLE_VERSION),
  id: ArticleId,
  createdAt: IsoDate,
  updatedAt: IsoDate,
  /** Incremented by every save; a save names the revision it was based on. */
  revision: z.number().int().min(0),
});
export type Article = z.infer<typeof Article>;

/** What the library list shows of an article, cached so a big library opens at once. */
export const ArticleSummary = z.object({
  id: ArticleId,
  title: z.string(),
  status: ArticleStatus,
  tags: z.array(z.string()),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  revision: z.number().int().min(0),
  wordCount: z.number().int().min(0),
  /** Set while the article is in the trash. */
  trashedAt: IsoDate.nullable(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** A file in the library folder that could not be read as an article. Left untouched on disk. */
export const DamagedFile = z.object({
  fileName: z.string(),
  reason: z.string(),
});
export type DamagedFile = z.infer<typeof DamagedFile>;

export function emptyBody(): EditorStateJSON {
  return {
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', version: 1, children: [], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' },
      ],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    },
  };
}

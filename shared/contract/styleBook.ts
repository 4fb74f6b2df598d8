/**
 * Contract schemas of the house style book kept in the library folder (`style-book.json`, the
 * format of shared/analysis/STYLE-BOOK.md). On the wire the entries are a list, in the order the
 * desk keeps them; on disk they are the documented map. The methods are listed in api.ts.
 */
import { z } from 'zod';

/** The file's name inside the library folder. */
export const STYLE_BOOK_FILE = 'style-book.json';

const MAX_FORM = 200;

/** One preferred form or variant: a word or a name, on one line. */
const Form = z
  .string()
  .trim()
  .min(1, { message: 'A spelling cannot be empty.', abort: true })
  .max(MAX_FORM, { message: `A spelling is at most ${MAX_FORM} characters.`, abort: true })
  .refine((s) => !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(s), 'A spelling is one line of text without control characters.')
  .refine((s) => /[\p{L}\p{N}]/u.test(s), 'A spelling needs at least one letter or digit.')
  // A key that would replace the object's prototype instead of becoming an entry.
  .refine((s) => s !== '__proto__', 'A spelling cannot be "__proto__".');

export const StyleBookEntry = z
  .object({
    /** The house's spelling, offered as the fix. */
    preferred: Form,
    /** The spellings it replaces. */
    variants: z.array(Form).min(1, 'An entry needs at least one variant.').max(100),
  })
  .strict();
export type StyleBookEntry = z.infer<typeof StyleBookEntry>;

/**
 * The entries, checked as a whole the way `parseStyleBook` checks a file, so a book the app
 * saves is always one the engine and the CLI accept.
 */
export const StyleBookEntries = z
  .array(StyleBookEntry)
  .max(5000)
  .superRefine((entries, ctx) => {
    const preferred = new Map<string, number>();
    const owner = new Map<string, string>();
    entries.forEach((entry, i) => {
      if (preferred.has(entry.preferred)) {
        ctx.addIssue({ code: 'custom', path: [i, 'preferred'], message: `"${entry.preferred}" has two entries; merge their variants into one.` });
      }
      preferred.set(entry.preferred, i);
      entry.variants.forEach((variant, j) => {
        if (variant === entry.preferred) {
          ctx.addIssue({ code: 'custom', path: [i, 'variants', j], message: `"${entry.preferred}" lists itself as a variant.` });
        }
        const other = owner.get(variant);
        if (other !== undefined && other !== entry.preferred) {
          ctx.addIssue({ code: 'custom', path: [i, 'variants', j], message: `"${variant}" is listed as a variant of both "${other}" and "${entry.preferred}".` });
        }
        owner.set(variant, entry.preferred);
      });
    });
  });

/** What `styleBook.get` answers. */
export const StyleBookState = z.object({
  /** Where the book lives (the library folder's style-book.json). */
  path: z.string(),
  /** False when there is no file yet: the book is empty. */
  exists: z.boolean(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  entries: z.array(StyleBookEntry),
  /**
   * Why the file could not be used (not JSON, not the format). The entries are then empty, the
   * checks run without a book, and the file stays exactly as it is until a book is saved over it.
   */
  problem: z.string().nullable(),
  /** Identifies the file's bytes as read; a save passes it back so nobody's edit is lost. */
  version: z.string().nullable(),
});
export type StyleBookState = z.infer<typeof StyleBookState>;

export const StyleBookSaveInput = z
  .object({
    entries: StyleBookEntries,
    name: z.string().max(200).optional(),
    description: z.string().max(2000).optional(),
    /**
     * The `version` of the file the edit started from (null: there was no file). Refused with
     * 'conflict' when the file has changed since, say because a colleague saved the book.
     */
    baseVersion: z.string().max(100).nullable(),
  })
  .strict();
export type StyleBookSaveInput = z.input<typeof StyleBookSaveInput>;

export const StyleBookSaveResult = StyleBookState.extend({
  /** Where the file that was replaced is kept (always for a damaged one), or null. */
  backupPath: z.string().nullable(),
});
export type StyleBookSaveResult = z.infer<typeof StyleBookSaveResult>;

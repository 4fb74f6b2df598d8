/**
 * Article ids and the file names they map to. An id is generated (time-sortable + random),
 * never derived from a title, and every path built from an id is checked to stay inside the
 * library folder, so no id — `../x`, an absolute path, `%2e%2e` — can name a file elsewhere.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { ArticleId } from '../../shared/article/schema.ts';
import { ApiError } from '../../shared/contract/errors.ts';
import { STYLE_BOOK_FILE } from '../../shared/contract/styleBook.ts';

export const ARTICLE_EXT = '.json';
export const TRASH_DIR = '.trash';
export const META_DIR = '.copydesk';
/** Temp files start with a dot and end in `.tmp`, so no listing ever mistakes one for an article. */
export const TEMP_PREFIX = '.copydesk-';
export const TEMP_SUFFIX = '.tmp';

/**
 * `<ms since epoch, base 36, 9 digits>-<10 hex digits>`: sorts by creation time as text and
 * cannot collide in practice (40 random bits per millisecond).
 */
export function newArticleId(now = Date.now()): string {
  return `${now.toString(36).padStart(9, '0')}-${randomBytes(5).toString('hex')}`;
}

export function assertArticleId(id: unknown): string {
  const parsed = ArticleId.safeParse(id);
  if (!parsed.success) {
    throw new ApiError('bad-request', `id: ${parsed.error.issues[0]?.message ?? 'not a valid article id'}`);
  }
  return parsed.data;
}

/** The file of an article in `dir` (the library or its trash), refused if it would leave `dir`. */
export function articlePath(dir: string, id: unknown): string {
  const safeId = assertArticleId(id);
  const root = resolve(dir);
  const path = resolve(root, safeId + ARTICLE_EXT);
  if (dirname(path) !== root || basename(path) !== safeId + ARTICLE_EXT) {
    throw new ApiError('bad-request', 'id: An article id must name a file inside the library folder.');
  }
  return path;
}

/** The id an article file name stands for, or null when the name is not `<valid id>.json`. */
export function idFromFileName(fileName: string): string | null {
  if (!fileName.endsWith(ARTICLE_EXT)) return null;
  const id = fileName.slice(0, -ARTICLE_EXT.length);
  return ArticleId.safeParse(id).success ? id : null;
}

/**
 * Whether a directory entry is one the library lists (an article file, valid id or not). The
 * house style book (`style-book.json`, electron/styleBook) sits beside the articles and is not one.
 */
export function isListedFileName(fileName: string): boolean {
  return fileName.endsWith(ARTICLE_EXT) && !fileName.startsWith('.') && fileName !== STYLE_BOOK_FILE;
}

export function isTempFileName(fileName: string): boolean {
  return fileName.startsWith(TEMP_PREFIX) && fileName.endsWith(TEMP_SUFFIX);
}

export function tempPathFor(target: string): string {
  return join(dirname(target), `${TEMP_PREFIX}${basename(target)}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

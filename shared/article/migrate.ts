/**
 * Reading an article file of any format version. Every file read from disk goes through
 * `parseArticleFile`: it checks the envelope, upgrades older versions one step at a time with
 * the functions in MIGRATIONS, then validates the result against the current `Article` schema.
 * A file it cannot read comes back as a reason a person understands; the caller lists it as
 * damaged and never rewrites it.
 */
import { ARTICLE_FORMAT, ARTICLE_VERSION, Article } from './schema.ts';

type RawArticle = Record<string, unknown>;

/**
 * MIGRATIONS[v] turns a version-v object into a version-(v+1) object. Version 1 is the first
 * format, so there is nothing to migrate yet; when version 2 comes, add `1: (raw) => ({...})`
 * here and bump ARTICLE_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, (raw: RawArticle) => RawArticle>> = {};

export type ParsedArticle =
  | { ok: true; article: Article; /** true when the file was an older version */ migrated: boolean; trashedAt: string | null }
  | { ok: false; reason: string };

export function migrateArticle(raw: unknown): ParsedArticle {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'Not a Copydesk article: the file does not hold a JSON object.' };
  }
  let obj = raw as RawArticle;
  if (obj.format !== ARTICLE_FORMAT) {
    return { ok: false, reason: `Not a Copydesk article: "format" is not "${ARTICLE_FORMAT}".` };
  }
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'Not a Copydesk article: "version" is missing or not a whole number.' };
  }
  if (version > ARTICLE_VERSION) {
    return {
      ok: false,
      reason: `Written by a newer Copydesk (format version ${version}; this version reads up to ${ARTICLE_VERSION}). Update Copydesk to open it.`,
    };
  }
  for (let v = version; v < ARTICLE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: `No migration from format version ${v}.` };
    obj = { ...step(obj), version: v + 1 };
  }
  const parsed = Article.safeParse(obj);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'file';
    return { ok: false, reason: `Invalid article: ${where}: ${issue?.message ?? 'does not match the format'}` };
  }
  const trashedAt = typeof obj.trashedAt === 'string' && !Number.isNaN(Date.parse(obj.trashedAt)) ? obj.trashedAt : null;
  return { ok: true, article: parsed.data, migrated: version !== ARTICLE_VERSION, trashedAt };
}

/** Parses the bytes of an article file (UTF-8 JSON, optional BOM). */
export function parseArticleFile(text: string): ParsedArticle {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, reason: `Not valid JSON (${(err as Error).message}).` };
  }
  return migrateArticle(raw);
}

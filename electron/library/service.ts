/**
 * The library: a folder of article files (`<id>.json`) with a `.trash/` folder beside them and a
 * metadata cache in `.copydesk/`. Every change is an atomic, durable write (durable.ts); every
 * file read is validated and migrated (shared/article/migrate.ts); a file that cannot be read is
 * reported as damaged and never written to. Changes are serialised through one queue so two
 * saves from the same app never interleave; a change made by another program is caught by the
 * revision check plus a hash of the file's bytes remembered from our last read or write (a sync
 * tool that only touches the file's time is not a conflict; an edit that keeps the revision is).
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { Article, ARTICLE_FORMAT, ARTICLE_VERSION, emptyBody } from '../../shared/article/schema.ts';
import type { ArticleSummary, DamagedFile } from '../../shared/article/schema.ts';
import { parseArticleFile } from '../../shared/article/migrate.ts';
import type { ParsedArticle } from '../../shared/article/migrate.ts';
import type { ArticleChanges, JournalEntry, LibraryListing, SaveResult } from '../../shared/contract/api.ts';
import { ApiError } from '../../shared/contract/errors.ts';
import { serializeArticle, summarize } from './articleFile.ts';
import { moveDurable, removeStaleTempFiles, unlinkDurable, writeFileDurable } from './durable.ts';
import { LibraryEvents } from './events.ts';
import { Journal } from './journal.ts';
import { articlePath, idFromFileName, isListedFileName, newArticleId, TRASH_DIR } from './paths.ts';
import { SummaryCache } from './summaryCache.ts';
import type { FileStamp } from './summaryCache.ts';

/** Files stat'ed between turns of the event loop (about 5 ms of work). */
const STAT_CHUNK = 1000;
/** Longest stretch of reading and parsing unknown files before other requests get a turn. */
const READ_SLICE_MS = 8;
const FLUSH_NOW_AFTER_PARSING = 50;
const FLUSH_DELAY_MS = 3000;

interface Located {
  path: string;
  inTrash: boolean;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

function stampOf(info: { size: number; mtimeMs: number; ino: number }): FileStamp {
  return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino };
}

/** A file's stat, or null when it vanished or cannot be stat'ed (it is then left out, as a file that vanished). */
function statOrNull(path: string): { size: number; mtimeMs: number; ino: number } | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === 'ENOENT';
}

function ioError(action: string, err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as NodeJS.ErrnoException;
  return new ApiError('io', `Could not ${action}: ${e?.code ?? ''} ${e?.message ?? String(err)}`.replace(/\s+/g, ' ').trim());
}

export class LibraryService {
  readonly dir: string;
  readonly trashDir: string;
  readonly events = new LibraryEvents();
  /** Unsaved edits kept for crash recovery (journal.ts). */
  readonly journal: Journal;
  readonly #cache: SummaryCache;
  /** A hash of each file as we last read or wrote it, to notice changes by other programs. */
  readonly #known = new Map<string, { revision: number; hash: string }>();
  #queue: Promise<unknown> = Promise.resolve();
  #parsedSinceFlush = 0;
  #flushTimer: NodeJS.Timeout | undefined;
  #now: () => Date;
  /** The articles a running listing has summarised so far, for a cold library's first screen. */
  #listing: { found: ArticleSummary[]; done: number; total: number } | null = null;

  private constructor(dir: string, now: () => Date) {
    this.dir = resolve(dir);
    this.trashDir = join(this.dir, TRASH_DIR);
    this.#cache = new SummaryCache(this.dir);
    this.journal = new Journal(this.dir);
    this.#now = now;
  }

  /** Opens (creating if needed) the library at `dir` and clears temp files left by a crash. */
  static async open(dir: string, options: { now?: () => Date; tempMaxAgeMs?: number } = {}): Promise<LibraryService> {
    const lib = new LibraryService(dir, options.now ?? (() => new Date()));
    try {
      await mkdir(lib.trashDir, { recursive: true });
    } catch (err) {
      throw ioError(`open the library folder ${lib.dir}`, err);
    }
    await removeStaleTempFiles(lib.dir, options.tempMaxAgeMs);
    await removeStaleTempFiles(lib.trashDir, options.tempMaxAgeMs);
    await removeStaleTempFiles(lib.journal.dir, options.tempMaxAgeMs);
    await lib.#cache.load();
    return lib;
  }

  /** Runs changes one at a time, in order; a failed change does not block the next. */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<LibraryListing> {
    const seen = new Set<string>();
    const damaged: DamagedFile[] = [];
    const progress = { found: [] as ArticleSummary[], done: 0, total: 0 };
    this.#listing = progress;
    let articles: ArticleSummary[];
    try {
      articles = await this.#scan(this.dir, '', seen, damaged, progress);
    } finally {
      if (this.#listing === progress) this.#listing = null;
    }
    const trash = await this.#scan(this.trashDir, `${TRASH_DIR}/`, seen, damaged, null);
    this.#cache.retainOnly(seen);
    // After parsing many files, save the cache now (a one-shot process may exit next);
    // otherwise a few seconds later, so a listing after every save stays cheap.
    if (this.#parsedSinceFlush >= FLUSH_NOW_AFTER_PARSING) await this.#flushCache();
    else this.#scheduleFlush();
    articles.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
    trash.sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? '') || b.id.localeCompare(a.id));
    damaged.sort((a, b) => a.fileName.localeCompare(b.fileName));
    return { articles, trash, damaged };
  }

  /**
   * While a listing is reading the library: the `limit` most recently edited articles it has
   * summarised so far, and how many files it has got through; null when none is running.
   */
  listingProgress(limit = 500): { articles: ArticleSummary[]; progress: { done: number; total: number } } | null {
    const p = this.#listing;
    if (!p) return null;
    const articles = [...p.found].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id)).slice(0, limit);
    return { articles, progress: { done: p.done, total: p.total } };
  }

  /**
   * Lists one folder. Every file is stat'ed synchronously in chunks: a warm listing is 10,000
   * stats and cache look-ups, and statSync costs about a quarter of the CPU of fs.promises.stat
   * (no promise, no thread-pool round trip); the event loop gets a turn between chunks. Only the
   * files whose stamp is not in the cache are read and parsed, a batch at a time.
   */
  async #scan(
    dir: string,
    keyPrefix: string,
    seen: Set<string>,
    damaged: DamagedFile[],
    progress: { found: ArticleSummary[]; done: number; total: number } | null,
  ): Promise<ArticleSummary[]> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      if (isNotFound(err) && keyPrefix) return [];
      throw ioError(`read the library folder ${dir}`, err);
    }
    // The summaries found so far are what a progress request shows.
    const out: ArticleSummary[] = progress?.found ?? [];
    if (progress) progress.total = entries.filter((e) => e.isFile() && isListedFileName(e.name)).length;
    const misses: { name: string; stamp: FileStamp }[] = [];
    let statted = 0;
    for (const entry of entries) {
      if (!entry.isFile() || !isListedFileName(entry.name)) continue;
      if (++statted % STAT_CHUNK === 0) await new Promise((r) => setImmediate(r));
      if (progress) progress.done = statted - misses.length;
      const info = statOrNull(join(dir, entry.name));
      if (!info) continue; // vanished between readdir and stat
      const stamp = stampOf(info);
      const key = keyPrefix + entry.name;
      const cached = this.#cache.get(key, stamp);
      if (cached?.summary) {
        seen.add(key);
        out.push(cached.summary);
      } else if (cached?.damaged !== undefined) {
        seen.add(key);
        damaged.push({ fileName: key, reason: cached.damaged });
      } else {
        misses.push({ name: entry.name, stamp });
      }
    }
    // Read synchronously in short time slices, yielding between them: an asynchronous read is
    // four thread-pool round trips (open, fstat, read, close) and cost a third of a cold listing's
    // CPU; a slice keeps requests (and listProgress) answered while a cold library is read.
    let i = 0;
    while (i < misses.length) {
      const until = performance.now() + READ_SLICE_MS;
      do {
        const { name, stamp } = misses[i++]!;
        const result = this.#parseFile(dir, name, keyPrefix, stamp);
        if (!result) continue; // vanished between stat and read
        const key = keyPrefix + name;
        seen.add(key);
        if ('damaged' in result) damaged.push({ fileName: key, reason: result.damaged });
        else out.push(result.summary);
      } while (i < misses.length && performance.now() < until);
      if (progress) progress.done = statted - misses.length + i;
      if (i < misses.length) await new Promise((r) => setImmediate(r));
    }
    return out;
  }

  /** Reads and summarises a file the cache does not know (or knows at another stamp). */
  #parseFile(dir: string, name: string, keyPrefix: string, stamp: FileStamp): { summary: ArticleSummary } | { damaged: string } | null {
    const key = keyPrefix + name;
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch (err) {
      if (isNotFound(err)) return null;
      // Unreadable now (permissions, a sync tool holding it): report, but do not cache.
      return { damaged: `Cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).` };
    }
    const parsed = this.#check(parseArticleFile(text), name);
    const result = parsed.ok
      ? { summary: summarize(parsed.article, keyPrefix ? (parsed.trashedAt ?? new Date(stamp.mtimeMs).toISOString()) : null) }
      : { damaged: parsed.reason };
    this.#cache.set(key, { ...stamp, ...result });
    this.#parsedSinceFlush++;
    return result;
  }

  /** A valid article whose id does not match its file name (a copied file, say) is damaged too. */
  #check(parsed: ParsedArticle, fileName: string): ParsedArticle {
    if (!parsed.ok) return parsed;
    const id = idFromFileName(fileName);
    if (id === null) return { ok: false, reason: 'The file name is not an article id (lower-case letters, digits and dashes).' };
    if (parsed.article.id !== id) {
      return { ok: false, reason: `The article inside says its id is "${parsed.article.id}", but the file is named "${fileName}".` };
    }
    return parsed;
  }

  /** Finds an article's file, in the library or in its trash. */
  async #locate(id: string): Promise<Located> {
    const main = articlePath(this.dir, id);
    try {
      await stat(main);
      return { path: main, inTrash: false };
    } catch (err) {
      if (!isNotFound(err)) throw ioError(`open article ${id}`, err);
    }
    const trashed = articlePath(this.trashDir, id);
    try {
      await stat(trashed);
      return { path: trashed, inTrash: true };
    } catch (err) {
      if (!isNotFound(err)) throw ioError(`open article ${id}`, err);
    }
    throw new ApiError('not-found', `There is no article with id ${id} in the library.`);
  }

  /** Reads and validates one file, with a hash of its bytes for conflict detection. */
  async #load(located: Located, id: string): Promise<{ article: Article; trashedAt: string | null; hash: string }> {
    let text: string;
    try {
      text = await readFile(located.path, 'utf8');
    } catch (err) {
      if (isNotFound(err)) throw new ApiError('not-found', `There is no article with id ${id} in the library.`);
      throw ioError(`read article ${id}`, err);
    }
    const parsed = this.#check(parseArticleFile(text), `${id}.json`);
    if (!parsed.ok) {
      throw new ApiError('damaged', `${located.inTrash ? TRASH_DIR + '/' : ''}${id}.json cannot be opened and is left untouched: ${parsed.reason}`);
    }
    return { article: parsed.article, trashedAt: parsed.trashedAt, hash: hashOf(text) };
  }

  async #flushCache(): Promise<void> {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    this.#parsedSinceFlush = 0;
    await this.#cache.flush();
  }

  #scheduleFlush(): void {
    if (this.#flushTimer) return;
    this.#flushTimer = setTimeout(() => void this.#flushCache(), FLUSH_DELAY_MS);
    this.#flushTimer.unref?.();
  }

  async #write(path: string, article: Article, trashedAt: string | null): Promise<void> {
    try {
      const text = serializeArticle(article, trashedAt);
      await writeFileDurable(path, text);
      const stamp = stampOf(await stat(path));
      this.#known.set(article.id, { revision: article.revision, hash: hashOf(text) });
      // What we just wrote is what a listing would parse: cache it now.
      const key = path.startsWith(this.trashDir + sep) ? `${TRASH_DIR}/${basename(path)}` : basename(path);
      this.#cache.set(key, { ...stamp, summary: summarize(article, trashedAt) });
      this.#scheduleFlush();
    } catch (err) {
      throw ioError(`save article ${article.id}`, err);
    }
  }

  async read(id: string): Promise<Article> {
    const located = await this.#locate(id);
    const { article, hash } = await this.#load(located, id);
    this.#known.set(id, { revision: article.revision, hash });
    return article;
  }

  create(input: { title?: string } = {}): Promise<Article> {
    return this.#serial(async () => {
      const now = this.#now().toISOString();
      const article = Article.parse({
        format: ARTICLE_FORMAT,
        version: ARTICLE_VERSION,
        id: newArticleId(this.#now().getTime()),
        createdAt: now,
        updatedAt: now,
        revision: 0,
        title: input.title ?? '',
        standfirst: '',
        byline: '',
        dateline: '',
        status: 'draft',
        tags: [],
        body: emptyBody(),
        flags: [],
        quotes: [],
        dismissed: [],
      });
      await this.#write(articlePath(this.dir, article.id), article, null);
      const summary = summarize(article, null);
      await this.events.emit({ type: 'created', article, summary });
      return article;
    });
  }

  /**
   * Applies `changes` to the article as it is on disk, if the disk still holds `baseRevision`
   * and nobody else has rewritten the file since we last read it; otherwise 'conflict', and the
   * file stays exactly as it is (the caller still has its own text to offer back).
   */
  save(id: string, baseRevision: number, changes: ArticleChanges): Promise<SaveResult> {
    const startedAtMs = Date.now();
    return this.#serial(async () => {
      const located = await this.#locate(id);
      if (located.inTrash) throw new ApiError('conflict', `Article ${id} is in the trash; restore it before editing.`);
      const current = await this.#load(located, id);
      const prev = current.article;
      if (prev.revision !== baseRevision) {
        throw new ApiError(
          'conflict',
          `Article ${id} changed on disk since it was opened (now revision ${prev.revision}, your edits are based on ${baseRevision}). Reload it to see the other version; your text has not been saved.`,
        );
      }
      const known = this.#known.get(id);
      if (known && known.revision === prev.revision && known.hash !== current.hash) {
        throw new ApiError(
          'conflict',
          `Article ${id} was changed on disk by another program since it was opened. Reload it to see that version; your text has not been saved.`,
        );
      }
      const merged = Article.safeParse({
        ...prev,
        ...changes,
        revision: prev.revision + 1,
        updatedAt: this.#laterThan(prev.updatedAt),
      });
      if (!merged.success) {
        const issue = merged.error.issues[0];
        throw new ApiError('bad-request', `changes.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
      }
      const article = merged.data;
      await this.#write(located.path, article, null);
      await this.journal.settle(id, startedAtMs).catch(() => undefined);
      const summary = summarize(article, null);
      await this.events.emit({ type: 'saved', article, previous: prev, summary });
      if (article.title !== prev.title) {
        await this.events.emit({ type: 'renamed', id, title: article.title, previousTitle: prev.title, summary });
      }
      return { revision: article.revision, updatedAt: article.updatedAt, summary };
    });
  }

  /** Now, or a millisecond after `previous` if the clock went backwards, so edits keep their order. */
  #laterThan(previous: string): string {
    const now = this.#now().getTime();
    const prev = Date.parse(previous);
    return new Date(Number.isNaN(prev) || now > prev ? now : prev + 1).toISOString();
  }

  trash(id: string): Promise<ArticleSummary> {
    return this.#serial(async () => {
      const located = await this.#locate(id);
      if (located.inTrash) throw new ApiError('conflict', `Article ${id} is already in the trash.`);
      const { article } = await this.#load(located, id);
      const trashedAt = this.#now().toISOString();
      const target = articlePath(this.trashDir, id);
      try {
        await mkdir(this.trashDir, { recursive: true });
        // Move first (atomic), then record when: a crash in between leaves a trashed article
        // whose time is taken from the file's mtime.
        await moveDurable(located.path, target);
      } catch (err) {
        throw ioError(`move article ${id} to the trash`, err);
      }
      await this.#write(target, article, trashedAt);
      const summary = summarize(article, trashedAt);
      await this.events.emit({ type: 'trashed', id, summary });
      return summary;
    });
  }

  restore(id: string): Promise<ArticleSummary> {
    return this.#serial(async () => {
      const located = await this.#locate(id);
      if (!located.inTrash) throw new ApiError('conflict', `Article ${id} is not in the trash.`);
      const { article } = await this.#load(located, id);
      const target = articlePath(this.dir, id);
      const occupied = await access(target).then(() => true, () => false);
      if (occupied) throw new ApiError('conflict', `An article with id ${id} is already in the library; it was not replaced.`);
      try {
        await moveDurable(located.path, target);
      } catch (err) {
        throw ioError(`restore article ${id}`, err);
      }
      await this.#write(target, article, null);
      const summary = summarize(article, null);
      await this.events.emit({ type: 'restored', id, article, summary });
      return summary;
    });
  }

  /** Deletes for good an article that is in the trash. Damaged trash files can be purged too. */
  purge(id: string): Promise<{ id: string }> {
    return this.#serial(async () => {
      const located = await this.#locate(id);
      if (!located.inTrash) throw new ApiError('conflict', `Article ${id} is not in the trash; move it there first.`);
      try {
        await unlinkDurable(located.path);
      } catch (err) {
        throw ioError(`delete article ${id}`, err);
      }
      this.#known.delete(id);
      await this.journal.discard(id).catch(() => undefined);
      await this.events.emit({ type: 'purged', id });
      return { id };
    });
  }

  /** Keeps unsaved edits of an article that exists and is not in the trash. */
  async journalWrite(id: string, baseRevision: number, changes: ArticleChanges): Promise<{ writtenAt: string }> {
    const located = await this.#locate(id);
    if (located.inTrash) throw new ApiError('conflict', `Article ${id} is in the trash; restore it before editing.`);
    try {
      const entry = await this.journal.write(id, baseRevision, changes, this.#now());
      return { writtenAt: entry.writtenAt };
    } catch (err) {
      throw ioError(`keep unsaved edits of article ${id}`, err);
    }
  }

  /** Unsaved edits left from a crash, for articles still in the library (not the trash). */
  async journalList(): Promise<JournalEntry[]> {
    const entries = await this.journal.list();
    const live = await Promise.all(entries.map((e) => this.#locate(e.id).then((l) => !l.inTrash, () => false)));
    return entries.filter((_, i) => live[i]);
  }

  /** Waits for changes in flight and writes the metadata cache. */
  async close(): Promise<void> {
    await this.#queue;
    await this.#flushCache();
  }
}

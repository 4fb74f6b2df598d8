/**
 * The search index of one library folder, kept current:
 * - on open, the persisted index is loaded and reconciled with the folder (files added, changed
 *   or removed while the app was closed are re-indexed one by one); a missing, damaged or
 *   outdated index is rebuilt in the background, in batches, while searches answer from what is
 *   indexed so far;
 * - the library service's events (save, rename, trash, restore, purge) and the folder watcher's
 *   reports of other programs' changes update single entries;
 * - the index is written back to disk a few seconds after the last change, and on close.
 */
import { DebouncedWriter } from '../library/debouncedWriter.ts';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ArticleStatus } from '../../shared/article/schema.ts';
import { plainTextOf } from '../../shared/article/plainText.ts';
import { fileStamp, readArticleText, searchDocOf, type ArticleText } from './doc.ts';
import { loadIndex, saveIndex } from './persist.ts';
import { SearchIndex, type SearchQuery } from './searchIndex.ts';
import { matchText, type Snippet, type Span } from './snippet.ts';
import { fold, termOf, tokenize } from './terms.ts';

export interface SearchHit {
  id: string;
  title: string;
  status: ArticleStatus;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  score: number;
  /** Matched words in the title. */
  titleHighlights: Span[];
  /** An excerpt of the body (or standfirst, or byline) around the best match. */
  snippet: Snippet | null;
  /** Where the best match is, so the editor can scroll to it and select it. Body offsets follow plainTextOf. */
  match: { field: 'body' | 'standfirst' | 'byline' | 'title'; start: number; end: number } | null;
}

export interface SearchResults {
  total: number;
  hits: SearchHit[];
  /** Set while the index is being built: how far it has got. Results are partial until then. */
  indexing: { done: number; total: number } | null;
}

export interface IndexChangeListener {
  (change: { type: 'updated' | 'removed'; id: string }): void;
}

/** Whether a directory entry name is an article file of the library (not a temp or hidden file). */
export function isArticleFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.');
}

/** What snippets are cut from: the article's fields as plain text. */
interface SnippetSource {
  body: string;
  standfirst: string;
  byline: string;
}

function snippetSource(a: ArticleText): SnippetSource {
  return { body: plainTextOf(a.body), standfirst: a.standfirst, byline: a.byline };
}

/** Longest stretch of indexing before other work gets a turn. */
const BUILD_SLICE_MS = 8;
/**
 * Writing the whole index costs the main process a moment for a big library, so single changes
 * are written at most once a minute (and on close); one lost to a crash is caught up from the
 * file's stamp on the next open. A finished (re)build is written at once.
 */
const PERSIST_DELAY_MS = 60_000;
// About 8 MB of plain text for a typical library: the articles of the last hundred or so searches.
const TEXT_CACHE = 2000;

export class LibraryIndex {
  readonly dir: string;
  index = new SearchIndex();
  /** Why the persisted index was not used, when it was not ('no search index yet', 'damaged'...). */
  rebuildReason: string | null = null;
  #building: { done: number; total: number } | null = null;
  #reconciling = true;
  #ready: Promise<void> = Promise.resolve();
  readonly #persist: DebouncedWriter;
  readonly #texts = new Map<string, { stamp: string; text: SnippetSource }>();
  readonly #listeners = new Set<IndexChangeListener>();
  #closed = false;

  private constructor(dir: string, persistDelayMs: number) {
    this.dir = resolve(dir);
    this.#persist = new DebouncedWriter(() => this.#write(), persistDelayMs, 'search index');
  }

  /**
   * Loads the library's index, or starts rebuilding it. Returns at once after loading; `ready`
   * resolves when the index covers every article in the folder.
   */
  static async open(dir: string, options: { persistDelayMs?: number } = {}): Promise<LibraryIndex> {
    const lib = new LibraryIndex(dir, options.persistDelayMs ?? PERSIST_DELAY_MS);
    const loaded = await loadIndex(lib.dir);
    if (loaded.ok) lib.index = loaded.index;
    else lib.rebuildReason = loaded.reason;
    lib.#ready = lib.#reconcile().finally(() => {
      lib.#reconciling = false;
    });
    return lib;
  }

  /** Resolves when every article in the folder is indexed. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  get indexing(): { done: number; total: number } | null {
    if (this.#building) return { ...this.#building };
    // Still comparing the folder with the index: nothing counted yet, but not complete either.
    return this.#reconciling ? { done: 0, total: 0 } : null;
  }

  onChange(listener: IndexChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Brings the index in line with the folder: index new and changed files, drop vanished ones. */
  async #reconcile(): Promise<void> {
    const names = (await readdir(this.dir, { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile() && isArticleFileName(e.name))
      .map((e) => e.name);
    const present = new Set<string>();
    const todo: { name: string; stamp: string }[] = [];
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      present.add(id);
      const stamp = fileStamp(join(this.dir, name));
      if (stamp !== null && this.index.stampOf(id) !== stamp) todo.push({ name, stamp });
    }
    for (const id of [...this.index.docs.keys()]) if (!present.has(id)) this.#remove(id);
    if (todo.length === 0) return;
    this.#building = { done: 0, total: todo.length };
    // Index in short time slices, yielding between them, so that opening, saving and searching
    // an article stay quick while a cold library is being indexed (a fixed batch of files held
    // each request up for a whole batch at every await: about 1 s per article read at 1,000).
    let i = 0;
    while (i < todo.length && !this.#closed) {
      const until = performance.now() + BUILD_SLICE_MS;
      do {
        this.#indexFile(todo[i]!.name.slice(0, -'.json'.length));
        i++;
      } while (i < todo.length && performance.now() < until);
      this.#building.done = i;
      await new Promise((r) => setImmediate(r));
    }
    this.#building = null;
    this.index.trim();
    if (!this.#closed) void this.flush().catch((err) => console.error('copydesk: could not save an index:', err));
  }

  /** Re-reads one article file (after an outside change); removes the entry if the file is gone or unreadable. */
  #indexFile(id: string): boolean {
    const path = join(this.dir, `${id}.json`);
    const stamp = fileStamp(path);
    const article = stamp === null ? null : readArticleText(path);
    if (article === null || article.id !== id || stamp === null) {
      this.#remove(id);
      return false;
    }
    this.index.upsert(searchDocOf(article, stamp));
    this.#texts.delete(id);
    this.#changed('updated', id);
    return true;
  }

  #remove(id: string): void {
    this.#texts.delete(id);
    if (this.index.remove(id)) this.#changed('removed', id);
  }

  #changed(type: 'updated' | 'removed', id: string): void {
    this.#persist.markDirty();
    for (const l of this.#listeners) l({ type, id });
    if (!this.#building) this.#persist.schedule();
  }

  /** An article was written by the library service (created, saved, renamed, restored). */
  articleWritten(article: ArticleText): void {
    const stamp = fileStamp(join(this.dir, `${article.id}.json`));
    if (stamp === null) return;
    this.index.upsert(searchDocOf(article, stamp));
    this.#texts.set(article.id, { stamp, text: snippetSource(article) });
    this.#changed('updated', article.id);
  }

  /** An article left the library folder (trashed, purged). */
  articleRemoved(id: string): void {
    this.#remove(id);
  }

  /**
   * A file in the folder changed by some other program (or by us: then its stamp already matches
   * and nothing is re-read).
   */
  fileChanged(id: string): void {
    const stamp = fileStamp(join(this.dir, `${id}.json`));
    if (stamp !== null && stamp === this.index.stampOf(id)) return;
    this.#indexFile(id);
  }

  async search(q: SearchQuery): Promise<SearchResults> {
    const { total, hits } = this.index.search(q);
    const queryTerms = new Set(tokenize(q.query).map(termOf).filter((t): t is string => t !== null));
    return {
      total,
      indexing: this.indexing,
      hits: hits.map(({ meta, score, terms }) => {
        const matched = new Set([...terms, ...queryTerms].map(fold));
        const hit: SearchHit = {
          id: meta.id,
          title: meta.title,
          status: meta.status,
          tags: meta.tags,
          createdAt: meta.createdAt,
          updatedAt: meta.updatedAt,
          score,
          titleHighlights: matched.size ? matchText(meta.title, matched, 10_000).spans : [],
          snippet: null,
          match: null,
        };
        if (matched.size === 0) return hit;
        const text = this.#textOf(meta.id, meta.stamp);
        if (text) {
          for (const field of ['body', 'standfirst', 'byline'] as const) {
            const m = matchText(text[field], matched);
            if (m.focus && m.snippet) {
              hit.snippet = m.snippet;
              hit.match = { field, start: m.focus[0], end: m.focus[1] };
              break;
            }
          }
        }
        const firstTitle = hit.titleHighlights[0];
        if (!hit.match && firstTitle) hit.match = { field: 'title', start: firstTitle[0], end: firstTitle[1] };
        return hit;
      }),
    };
  }

  /** The article's text for snippets: from a small cache, else read from its file. */
  #textOf(id: string, stamp: string): SnippetSource | null {
    const cached = this.#texts.get(id);
    if (cached && cached.stamp === stamp) return cached.text;
    const article = readArticleText(join(this.dir, `${id}.json`));
    if (!article) return null;
    const text = snippetSource(article);
    this.#texts.delete(id);
    this.#texts.set(id, { stamp, text });
    if (this.#texts.size > TEXT_CACHE) this.#texts.delete(this.#texts.keys().next().value as string);
    return text;
  }

  #write(): Promise<void> {
    return saveIndex(this.dir, this.index);
  }

  /** Writes to disk if anything changed since the last write; one write at a time. */
  flush(): Promise<void> {
    return this.#persist.flush();
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#persist.stop();
    await this.#ready.catch(() => undefined);
    await this.flush();
  }
}

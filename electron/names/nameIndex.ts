/**
 * The library's name index: the names each article uses (extract.ts), persisted in
 * `.copydesk/names-index.json` with each file's stamp, reconciled with the folder on open and
 * updated on every save and outside change — like the search index. From it: the library report
 * (every name spelled more than one way, who uses which spelling) and the per-article check the
 * fact-check panel shows ("this article spells it Zelenskyy; 40 other articles use Zelensky").
 */
import { DebouncedWriter } from '../library/debouncedWriter.ts';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { LibraryNameFinding, LibraryNamesReport } from '../../shared/contract/libraryScale.ts';
import { fileStamp, readArticleText, type ArticleText } from '../search/doc.ts';
import { articleCount, buildClusters, libraryForm, type NameCluster } from './clusters.ts';
import { articleText, namesOfText, type ArticleName } from './extract.ts';
import { blockingKeys, sameSpelledName } from './spelling.ts';

export const NAMES_FILE = join('.copydesk', 'names-index.json');
const NAMES_FORMAT = 'copydesk-names-index';
/** Bump when extraction or the stored shape changes: older files are rebuilt. */
const NAMES_VERSION = 1;
// Small batches: the engine takes a few milliseconds an article, and saves and searches wait between batches.
const BATCH = 8;

interface Entry {
  stamp: string;
  title: string;
  names: ArticleName[];
}

export interface NameIndexOptions {
  persistDelayMs?: number;
  /** How an article's names are found; the analysis engine's by default. */
  extract?: (text: string) => ArticleName[];
}

export class NameIndex {
  readonly dir: string;
  readonly entries = new Map<string, Entry>();
  rebuildReason: string | null = null;
  #extract: (text: string) => ArticleName[];
  #clusters: NameCluster[] | null = null;
  #building: { done: number; total: number } | null = null;
  #reconciling = true;
  #ready: Promise<void> = Promise.resolve();
  readonly #persist: DebouncedWriter;
  #closed = false;

  private constructor(dir: string, options: NameIndexOptions) {
    this.dir = resolve(dir);
    this.#extract = options.extract ?? namesOfText;
    // As for the search index: single changes are written at most once a minute, a build at once.
    this.#persist = new DebouncedWriter(() => this.#write(), options.persistDelayMs ?? 60_000, 'name index');
  }

  static async open(dir: string, options: NameIndexOptions = {}): Promise<NameIndex> {
    const index = new NameIndex(dir, options);
    await index.#load();
    index.#ready = index.#reconcile().finally(() => {
      index.#reconciling = false;
    });
    return index;
  }

  get ready(): Promise<void> {
    return this.#ready;
  }

  get indexing(): { done: number; total: number } | null {
    if (this.#building) return { ...this.#building };
    // Still comparing the folder with the index: nothing counted yet, but not complete either.
    return this.#reconciling ? { done: 0, total: 0 } : null;
  }

  async #load(): Promise<void> {
    let data: { format?: unknown; version?: unknown; entries?: unknown };
    try {
      data = JSON.parse(await readFile(join(this.dir, NAMES_FILE), 'utf8'));
    } catch (err) {
      this.rebuildReason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no name index yet' : 'name index damaged';
      return;
    }
    if (data?.format !== NAMES_FORMAT || data.version !== NAMES_VERSION || !data.entries || typeof data.entries !== 'object') {
      this.rebuildReason = 'name index built by another version';
      return;
    }
    for (const [id, e] of Object.entries(data.entries as Record<string, Entry>)) {
      if (e && typeof e.stamp === 'string' && Array.isArray(e.names)) this.entries.set(id, e);
    }
  }

  async #reconcile(): Promise<void> {
    const names = (await readdir(this.dir, { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.'))
      .map((e) => e.name.slice(0, -'.json'.length));
    const present = new Set(names);
    for (const id of [...this.entries.keys()]) if (!present.has(id)) this.#forget(id);
    const todo = names.filter((id) => this.entries.get(id)?.stamp !== fileStamp(join(this.dir, `${id}.json`)));
    if (todo.length === 0) return;
    this.#building = { done: 0, total: todo.length };
    for (let i = 0; i < todo.length && !this.#closed; i += BATCH) {
      for (const id of todo.slice(i, i + BATCH)) this.fileChanged(id);
      this.#building.done = Math.min(todo.length, i + BATCH);
      await new Promise((r) => setImmediate(r));
    }
    this.#building = null;
    if (!this.#closed) void this.flush().catch((err) => console.error('copydesk: could not save an index:', err));
  }

  #forget(id: string): void {
    if (this.entries.delete(id)) this.#changed();
  }

  #changed(): void {
    this.#clusters = null;
    this.#persist.markDirty();
    if (!this.#building) this.#persist.schedule();
  }

  /** An article was written by the library service. */
  articleWritten(article: ArticleText): void {
    const stamp = fileStamp(join(this.dir, `${article.id}.json`));
    if (stamp === null) return;
    this.entries.set(article.id, { stamp, title: article.title, names: this.#extract(articleText(article)) });
    this.#changed();
  }

  articleRemoved(id: string): void {
    this.#forget(id);
  }

  /** A file changed on disk (by anyone): re-read it unless its stamp is what we indexed. */
  fileChanged(id: string): void {
    const path = join(this.dir, `${id}.json`);
    const stamp = fileStamp(path);
    if (stamp !== null && this.entries.get(id)?.stamp === stamp) return;
    const article = stamp === null ? null : readArticleText(path);
    if (!article || article.id !== id || stamp === null) {
      this.#forget(id);
      return;
    }
    this.entries.set(id, { stamp, title: article.title, names: this.#extract(articleText(article)) });
    this.#changed();
  }

  clusters(): NameCluster[] {
    this.#clusters ??= buildClusters(new Map([...this.entries].map(([id, e]) => [id, e.names])));
    return this.#clusters;
  }

  /** Every name spelled more than one way across the library, most widespread first. */
  report(): LibraryNamesReport {
    const names = this.clusters()
      .filter((c) => c.spellings.length > 1)
      .map((c) => ({
        form: (libraryForm(c) ?? c.spellings[0])!.text,
        spellings: c.spellings.map((s) => ({ text: s.text, articles: s.articles.size, articleIds: [...s.articles.keys()].sort() })),
      }))
      .sort((a, b) => total(b) - total(a) || a.form.localeCompare(b.form));
    return { articles: this.entries.size, names, indexing: this.indexing };
  }

  /**
   * Spellings of one article that the rest of the library spells differently. `spellings` are
   * the article's current spellings (from the live analysis); without them, what the index holds.
   */
  check(id: string | undefined, spellings?: readonly string[]): LibraryNameFinding[] {
    const own = spellings ?? (id ? (this.entries.get(id)?.names ?? []).flatMap((n) => n.spellings.map((s) => s.text)) : []);
    const clusters = this.clusters();
    const bySpelling = new Map<string, NameCluster>();
    const byKey = new Map<string, NameCluster[]>();
    for (const c of clusters) {
      for (const s of c.spellings) {
        bySpelling.set(s.text, c);
        for (const k of blockingKeys(s.text)) byKey.set(k, [...(byKey.get(k) ?? []), c]);
      }
    }
    const findings: LibraryNameFinding[] = [];
    for (const text of new Set(own)) {
      const cluster = bySpelling.get(text) ?? blockingKeys(text).flatMap((k) => byKey.get(k) ?? []).find((c) => c.spellings.some((s) => sameSpelledName(s.text, text)));
      if (!cluster) continue;
      const form = libraryForm(cluster, id);
      if (!form || form.text === text) continue;
      const others = articleCount(form, id);
      const same = cluster.spellings.find((s) => s.text === text);
      const sameCount = same ? articleCount(same, id) : 0;
      if (sameCount >= others) continue; // the library is split at least evenly in this spelling's favour
      findings.push({
        text,
        suggestion: form.text,
        libraryArticles: others,
        sameSpellingArticles: sameCount,
        message:
          `This article spells it “${text}”; ${others} other ${others === 1 ? 'article uses' : 'articles use'} “${form.text}”` +
          (sameCount > 0 ? ` (${sameCount} ${sameCount === 1 ? 'uses' : 'use'} “${text}”).` : '.'),
        spellings: cluster.spellings
          .map((s) => ({ text: s.text, articles: articleCount(s, id) }))
          .filter((s) => s.articles > 0),
      });
    }
    return findings;
  }

  async #write(): Promise<void> {
    const path = join(this.dir, NAMES_FILE);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFileAtomic(path, JSON.stringify({ format: NAMES_FORMAT, version: NAMES_VERSION, entries: Object.fromEntries(this.entries) }), { fsync: true });
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

function total(entry: { spellings: { articles: number }[] }): number {
  return entry.spellings.reduce((n, s) => n + s.articles, 0);
}

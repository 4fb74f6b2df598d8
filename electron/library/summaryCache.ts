/**
 * The library's metadata cache, `.copydesk/summaries.json`: what each article file summarised
 * to, keyed by its name and checked against its size, mtime and inode, so listing a library of
 * thousands of articles parses only the files that changed since the last listing. The cache is
 * only ever a shortcut: a missing, stale or corrupt cache costs time, never correctness.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleStatus } from '../../shared/article/schema.ts';
import type { ArticleSummary } from '../../shared/article/schema.ts';
import { JsonPieces } from '../search/jsonPieces.ts';
import { writeFileDurable } from './durable.ts';
import { META_DIR } from './paths.ts';

const CACHE_VERSION = 1;

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface CacheEntry extends FileStamp {
  summary?: ArticleSummary;
  damaged?: string;
}

const STATUSES: ReadonlySet<unknown> = new Set(ArticleStatus.options);

/**
 * Whether a cache entry read back from disk has the shape we wrote. A hand-written check, not
 * zod: this runs for every article at every start (10,000 zod parses cost a few hundred ms and a
 * second copy of every summary). The cache is our own derived file, so the shape is what matters;
 * a hand-edited or truncated entry fails here and costs one re-read of its article.
 */
function isCacheEntry(v: unknown): v is CacheEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  if (typeof e.size !== 'number' || typeof e.mtimeMs !== 'number' || typeof e.ino !== 'number') return false;
  if (e.damaged !== undefined) return typeof e.damaged === 'string' && e.summary === undefined;
  return isSummary(e.summary);
}

function isSummary(v: unknown): v is ArticleSummary {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.id === 'string' &&
    typeof s.title === 'string' &&
    STATUSES.has(s.status) &&
    Array.isArray(s.tags) &&
    s.tags.every((t) => typeof t === 'string') &&
    typeof s.createdAt === 'string' &&
    typeof s.updatedAt === 'string' &&
    Number.isInteger(s.revision) &&
    Number.isInteger(s.wordCount) &&
    (s.trashedAt === null || typeof s.trashedAt === 'string')
  );
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

export class SummaryCache {
  readonly #path: string;
  readonly #entries = new Map<string, CacheEntry>();
  #dirty = false;

  constructor(libraryDir: string) {
    this.#path = join(libraryDir, META_DIR, 'summaries.json');
  }

  async load(): Promise<void> {
    this.#entries.clear();
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.#path, 'utf8'));
    } catch {
      return; // no cache yet, or unreadable: start empty
    }
    const file = raw as { version?: unknown; entries?: unknown } | null;
    if (typeof file !== 'object' || file === null || file.version !== CACHE_VERSION) return;
    if (typeof file.entries !== 'object' || file.entries === null || Array.isArray(file.entries)) return;
    for (const [key, value] of Object.entries(file.entries)) {
      // Entries are checked one by one so one bad entry costs one re-read, not the whole cache.
      // The parsed object is kept as it is (no copy): it is what the listing hands out.
      if (isCacheEntry(value)) this.#entries.set(key, value);
    }
  }

  get(key: string, stamp: FileStamp): CacheEntry | undefined {
    const entry = this.#entries.get(key);
    return entry && sameStamp(entry, stamp) ? entry : undefined;
  }

  set(key: string, entry: CacheEntry): void {
    this.#entries.set(key, entry);
    this.#dirty = true;
  }

  /** Drops entries whose files are gone. */
  retainOnly(keys: ReadonlySet<string>): void {
    for (const key of this.#entries.keys()) {
      if (!keys.has(key)) {
        this.#entries.delete(key);
        this.#dirty = true;
      }
    }
  }

  /**
   * The file's text in pieces of about 32 KB, entry by entry: one string of the whole cache (3 MB
   * for 10,000 articles) goes straight into V8's old generation and stays until a full collection.
   */
  *#json(): Generator<string> {
    const out = new JsonPieces();
    out.add(`{"version":${CACHE_VERSION},"entries":{`);
    let sep = '';
    for (const [key, entry] of this.#entries) {
      if (out.add(`${sep}${JSON.stringify(key)}:${JSON.stringify(entry)}`)) yield out.take();
      sep = ',';
    }
    out.add('}}');
    yield out.take();
  }

  async flush(): Promise<void> {
    if (!this.#dirty) return;
    this.#dirty = false;
    try {
      await mkdir(join(this.#path, '..'), { recursive: true });
      await writeFileDurable(this.#path, this.#json());
    } catch {
      // A read-only library still lists; it just parses every file next time.
      this.#dirty = true;
    }
  }
}

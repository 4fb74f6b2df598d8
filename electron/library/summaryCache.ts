/**
 * The library's metadata cache, `.copydesk/summaries.json`: what each article file summarised
 * to, keyed by its name and checked against its size, mtime and inode, so listing a library of
 * thousands of articles parses only the files that changed since the last listing. The cache is
 * only ever a shortcut: a missing, stale or corrupt cache costs time, never correctness.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleSummary } from '../../shared/article/schema.ts';
import { writeFileDurable } from './durable.ts';
import { META_DIR } from './paths.ts';

const CACHE_VERSION = 1;

const FileStamp = z.object({ size: z.number(), mtimeMs: z.number(), ino: z.number() });
export type FileStamp = z.infer<typeof FileStamp>;

const CacheEntry = FileStamp.extend({
  summary: ArticleSummary.optional(),
  damaged: z.string().optional(),
});
export type CacheEntry = z.infer<typeof CacheEntry>;

const CacheFile = z.object({
  version: z.literal(CACHE_VERSION),
  entries: z.record(z.string(), z.unknown()),
});

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
    const file = CacheFile.safeParse(raw);
    if (!file.success) return;
    for (const [key, value] of Object.entries(file.data.entries)) {
      // Entries are checked one by one so one bad entry costs one re-read, not the whole cache.
      const entry = CacheEntry.safeParse(value);
      if (entry.success) this.#entries.set(key, entry.data);
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

  async flush(): Promise<void> {
    if (!this.#dirty) return;
    this.#dirty = false;
    const body = JSON.stringify({ version: CACHE_VERSION, entries: Object.fromEntries(this.#entries) });
    try {
      await mkdir(join(this.#path, '..'), { recursive: true });
      await writeFileDurable(this.#path, body);
    } catch {
      // A read-only library still lists; it just parses every file next time.
      this.#dirty = true;
    }
  }
}

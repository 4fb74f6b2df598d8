/**
 * The crash journal: the edits the renderer has not saved yet, one small file per article in
 * `.copydesk/journal/<id>.json`, written durably about once a second while someone types. A
 * save clears the entries written before it began; entries still there at the next start are
 * what a crash would otherwise have lost, and are offered back.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { JournalEntry } from '../../shared/contract/api.ts';
import type { ArticleChanges } from '../../shared/contract/api.ts';
import { writeFileDurable } from './durable.ts';
import { articlePath, idFromFileName, META_DIR } from './paths.ts';

export class Journal {
  readonly dir: string;
  /** When each entry was last written by this process, to clear only what a save covered. */
  readonly #writtenAt = new Map<string, number>();

  constructor(libraryDir: string) {
    this.dir = join(libraryDir, META_DIR, 'journal');
  }

  async write(id: string, baseRevision: number, changes: ArticleChanges, now = new Date()): Promise<JournalEntry> {
    const entry = JournalEntry.parse({ id, baseRevision, changes, writtenAt: now.toISOString() });
    await mkdir(this.dir, { recursive: true });
    await writeFileDurable(articlePath(this.dir, id), JSON.stringify(entry));
    this.#writtenAt.set(id, now.getTime());
    return entry;
  }

  /** Valid entries, oldest first. A file that does not parse is skipped and left as it is. */
  async list(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const entries: JournalEntry[] = [];
    for (const name of names) {
      const id = idFromFileName(name);
      if (!id) continue;
      try {
        const parsed = JournalEntry.safeParse(JSON.parse(await readFile(join(this.dir, name), 'utf8')));
        if (parsed.success && parsed.data.id === id) entries.push(parsed.data);
      } catch {
        // Unreadable: not offered, not deleted.
      }
    }
    return entries.sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
  }

  async discard(id: string): Promise<void> {
    this.#writtenAt.delete(id);
    await unlink(articlePath(this.dir, id)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }

  /**
   * After a save that began at `startedAtMs`: drop the entry if it was written before then (the
   * save holds those edits); keep it if typing went on while the save was in flight.
   */
  async settle(id: string, startedAtMs: number): Promise<void> {
    const known = this.#writtenAt.get(id);
    let writtenAt = known;
    if (writtenAt === undefined) {
      try {
        writtenAt = (await stat(articlePath(this.dir, id))).mtimeMs;
      } catch {
        return; // no entry
      }
    }
    if (writtenAt <= startedAtMs) await this.discard(id);
  }
}

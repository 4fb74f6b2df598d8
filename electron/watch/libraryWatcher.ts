/**
 * Watches a library folder for article files that other programs add, change or remove (a sync
 * tool, a script, a colleague on a shared drive). Only `<id>.json` files directly in the folder
 * count: hidden files, temp files (ours are `.copydesk-*.tmp`), the trash and `.copydesk/` are
 * ignored. Changes are gathered until the folder has been quiet for a moment and reported
 * together, one entry per article, so a sync tool dropping a thousand files causes one update,
 * not a thousand, and a file still being copied is not read half-written.
 *
 * One `fs.watch` on the folder itself (inotify, FSEvents, ReadDirectoryChangesW all report the
 * names of the entries that changed), not chokidar: chokidar watches every file on its own and
 * keeps a Stats object for each — about 10 MB of heap and a few seconds of start-up scan for
 * 10,000 articles, most of the web host's heap after the search index. What this keeps is the set
 * of article ids in the folder, to tell an addition from a change.
 *
 * The app's own saves are reported too; listeners tell them apart by the file's stamp (the
 * search index does: an entry whose stamp already matches is not re-read).
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleId } from '../../shared/article/schema.ts';

export interface FolderChange {
  type: 'added' | 'changed' | 'removed';
  id: string;
}

export interface LibraryWatcher {
  close(): Promise<void>;
}

/** How long a file must be left alone before it is read (chokidar's awaitWriteFinish was 150 ms). */
const QUIET_MS = 150;
/** A folder that never goes quiet is still reported this often. */
const MAX_WAIT_MS = 2000;

function idOf(name: string): string | null {
  if (name.startsWith('.') || !name.endsWith('.json')) return null;
  const id = name.slice(0, -'.json'.length);
  return ArticleId.safeParse(id).success ? id : null;
}

async function isFile(path: string): Promise<boolean | null> {
  try {
    return (await stat(path)).isFile();
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? false : null;
  }
}

export async function watchLibrary(
  dir: string,
  onChanges: (changes: FolderChange[]) => void,
  options: { debounceMs?: number } = {},
): Promise<LibraryWatcher> {
  const waitMs = Math.max(options.debounceMs ?? 250, QUIET_MS);
  /** Article ids in the folder as last seen. */
  const present = new Set<string>();
  /** Ids touched since the last report; null = the platform did not say which (look at all). */
  let touched: Set<string> | null = new Set();
  let timer: NodeJS.Timeout | null = null;
  let firstTouch = 0;
  let closed = false;
  let reporting = Promise.resolve();

  const report = async () => {
    timer = null;
    const ids = touched;
    touched = new Set();
    const changes: FolderChange[] = [];
    if (ids === null) {
      // Everything may have changed: compare the whole folder (the index re-reads only files whose stamp moved).
      const now = new Set((await readdir(dir).catch(() => [] as string[])).map(idOf).filter((id): id is string => id !== null));
      for (const id of present) if (!now.has(id)) changes.push({ type: 'removed', id });
      for (const id of now) changes.push({ type: present.has(id) ? 'changed' : 'added', id });
      present.clear();
      for (const id of now) present.add(id);
    } else {
      for (const id of ids) {
        const there = await isFile(join(dir, `${id}.json`));
        if (there === null) continue; // cannot tell now (permissions, a sync tool's lock): left as it was
        if (there) changes.push({ type: present.has(id) ? 'changed' : 'added', id });
        else if (present.has(id)) changes.push({ type: 'removed', id });
        if (there) present.add(id);
        else present.delete(id);
      }
    }
    if (changes.length > 0 && !closed) onChanges(changes);
  };
  const schedule = () => {
    const now = Date.now();
    if (timer) clearTimeout(timer);
    else firstTouch = now;
    const wait = Math.min(waitMs, Math.max(0, firstTouch + MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      reporting = reporting.then(report).catch((err: unknown) => console.error(`copydesk: watching ${dir} failed:`, err));
    }, wait);
  };

  // Watch first, then list, so nothing that happens in between is missed.
  const watcher: FSWatcher = watch(dir, { persistent: false }, (_event, name) => {
    if (closed) return;
    if (name === null) {
      touched = null;
    } else {
      const id = idOf(String(name));
      if (id === null) return;
      touched?.add(id);
    }
    schedule();
  });
  watcher.on('error', (err) => console.error(`copydesk: watching ${dir} failed:`, err));
  try {
    for (const name of await readdir(dir)) {
      const id = idOf(name);
      if (id !== null) present.add(id);
    }
  } catch (err) {
    watcher.close();
    throw err;
  }

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      watcher.close();
      await reporting;
    },
  };
}

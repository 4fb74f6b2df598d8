/**
 * Watches a library folder for article files that other programs add, change or remove (a sync
 * tool, a script, a colleague on a shared drive). Only `<id>.json` files directly in the folder
 * count: hidden files, temp files (ours are `.copydesk-*.tmp`), the trash and `.copydesk/` are
 * ignored. Changes are gathered for a short while and reported together, one entry per article,
 * so a sync tool dropping a thousand files causes one update, not a thousand.
 *
 * The app's own saves are reported too; listeners tell them apart by the file's stamp (the
 * search index does: an entry whose stamp already matches is not re-read).
 */
import { basename } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { ArticleId } from '../../shared/article/schema.ts';

export interface FolderChange {
  type: 'added' | 'changed' | 'removed';
  id: string;
}

export interface LibraryWatcher {
  close(): Promise<void>;
}

function idOf(path: string): string | null {
  const name = basename(path);
  if (name.startsWith('.') || !name.endsWith('.json')) return null;
  const id = name.slice(0, -'.json'.length);
  return ArticleId.safeParse(id).success ? id : null;
}

export async function watchLibrary(
  dir: string,
  onChanges: (changes: FolderChange[]) => void,
  options: { debounceMs?: number; usePolling?: boolean } = {},
): Promise<LibraryWatcher> {
  const debounceMs = options.debounceMs ?? 250;
  const pending = new Map<string, FolderChange['type']>();
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    timer = null;
    const changes = [...pending].map(([id, type]) => ({ id, type }));
    pending.clear();
    if (changes.length > 0) onChanges(changes);
  };
  const note = (type: FolderChange['type'], path: string) => {
    const id = idOf(path);
    if (id === null) return;
    const before = pending.get(id);
    // added-then-changed is still an addition; removed-then-added is a change.
    pending.set(id, before === 'added' && type === 'changed' ? 'added' : before === 'removed' && type === 'added' ? 'changed' : type);
    if (!timer) timer = setTimeout(flush, debounceMs);
  };

  const watcher: FSWatcher = watch(dir, {
    depth: 0,
    ignoreInitial: true,
    usePolling: options.usePolling ?? false,
    // Everything below the folder itself (trash, .copydesk) and every hidden or temp file.
    ignored: (path, stats) => {
      if (path === dir) return false;
      const name = basename(path);
      if (name.startsWith('.')) return true;
      return stats !== undefined && !stats.isFile();
    },
    // Wait until a file stops growing, so a half-copied file is not read as damaged.
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
    // Watching never keeps the app running on its own.
    persistent: false,
  });
  watcher.on('add', (p) => note('added', String(p)));
  watcher.on('change', (p) => note('changed', String(p)));
  watcher.on('unlink', (p) => note('removed', String(p)));
  watcher.on('error', (err) => console.error(`copydesk: watching ${dir} failed:`, err));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    async close() {
      if (timer) clearTimeout(timer);
      timer = null;
      await watcher.close();
    },
  };
}

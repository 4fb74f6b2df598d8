/**
 * Atomic, durable file replacement: write a temp file beside the target, fsync it, rename it
 * over the target, fsync the folder. A crash or power cut at any point leaves either the old
 * file or the new one, never a torn one; at worst a stray temp file, which listings ignore and
 * `removeStaleTempFiles` clears on the next open.
 */
import { open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isTempFileName, tempPathFor } from './paths.ts';

/** fsync a directory so a rename or unlink in it survives a power cut. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    // Windows cannot open or fsync a directory; NTFS journals the rename itself.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw err;
  } finally {
    await handle?.close();
  }
}

export interface DurableWriteOptions {
  /** Runs after the temp file is synced and before the rename (tests use it to die there). */
  beforeRename?: (tempPath: string) => Promise<void> | void;
}

/** `data` may come in pieces (an iterable of strings), written one after another. */
export async function writeFileDurable(target: string, data: string | Uint8Array | Iterable<string>, options: DurableWriteOptions = {}): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await options.beforeRename?.(temp);
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await fsyncDir(dirname(target));
}

/** Moves a file between two folders of the same volume, durably (both folders fsynced). */
export async function moveDurable(from: string, to: string): Promise<void> {
  await rename(from, to);
  await fsyncDir(dirname(to));
  if (dirname(from) !== dirname(to)) await fsyncDir(dirname(from));
}

export async function unlinkDurable(path: string): Promise<void> {
  await unlink(path);
  await fsyncDir(dirname(path));
}

/**
 * Deletes temp files left by a crash. Only files older than `minAgeMs` go, so a save in flight
 * in another Copydesk process on the same folder is not pulled from under it.
 */
export async function removeStaleTempFiles(dir: string, minAgeMs = 30_000, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isTempFileName)) {
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (now - info.mtimeMs >= minAgeMs) {
        await unlink(path);
        removed.push(name);
      }
    } catch {
      // Gone already, or not ours to delete: either way nothing to do.
    }
  }
  return removed;
}

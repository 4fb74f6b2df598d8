/**
 * The house style book kept in the library folder as `style-book.json`, so everyone who opens
 * the library uses the same book. Reading never changes the file: a damaged one is reported
 * with the parser's message and left exactly as it is. Saving is deliberate and careful: it is
 * refused if the file changed since it was read (a colleague's save is not overwritten), the
 * file it replaces is kept as a backup (a damaged one under its own dated name), and the new
 * file is written atomically (write-file-atomic: temp file, fsync, rename).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { parseStyleBook } from '../../shared/analysis/styleBook.ts';
import { ApiError } from '../../shared/contract/errors.ts';
import { STYLE_BOOK_FILE } from '../../shared/contract/styleBook.ts';
import type { StyleBookEntry, StyleBookSaveResult, StyleBookState } from '../../shared/contract/styleBook.ts';

/** What a save writes (the zod-parsed `styleBook.save` input). */
export interface StyleBookDraft {
  entries: StyleBookEntry[];
  name?: string | undefined;
  description?: string | undefined;
  baseVersion: string | null;
}

export function styleBookPath(libraryDir: string): string {
  return join(libraryDir, STYLE_BOOK_FILE);
}

function versionOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The book as the file holds it; a file that cannot be used gives `problem` and no entries. */
export function interpretStyleBook(path: string, bytes: Buffer | null): StyleBookState {
  const empty = { path, name: null, description: null, entries: [] };
  if (bytes === null) return { ...empty, exists: false, problem: null, version: null };
  const version = versionOf(bytes);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    return { ...empty, exists: true, version, problem: `${STYLE_BOOK_FILE} is not valid JSON (${(err as Error).message}). It is left as it is; saving a book here replaces it and keeps the old file as a backup.` };
  }
  try {
    const book = parseStyleBook(json);
    const wrapper = 'entries' in (json as object) ? (json as { name?: string; description?: string }) : {};
    return {
      path,
      exists: true,
      version,
      problem: null,
      name: wrapper.name ?? null,
      description: wrapper.description ?? null,
      entries: Object.entries(book.entries).map(([preferred, variants]) => ({ preferred, variants })),
    };
  } catch (err) {
    return { ...empty, exists: true, version, problem: `${(err as Error).message} The file is left as it is; saving a book here replaces it and keeps the old file as a backup.` };
  }
}

export async function readStyleBook(libraryDir: string): Promise<StyleBookState> {
  const path = styleBookPath(libraryDir);
  try {
    return interpretStyleBook(path, await readBytes(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return { path, exists: true, name: null, description: null, entries: [], version: null, problem: `${STYLE_BOOK_FILE} cannot be read (${code}); it is left as it is.` };
  }
}

/** The documented file format: the wrapper with `entries` as a map, two-space indented. */
export function serializeStyleBook(draft: Pick<StyleBookDraft, 'entries' | 'name' | 'description'>): string {
  const file: { name?: string; description?: string; entries: Record<string, string[]> } = {
    ...(draft.name ? { name: draft.name } : {}),
    ...(draft.description ? { description: draft.description } : {}),
    // fromEntries defines own properties, so no preferred form can reach the prototype.
    entries: Object.fromEntries(draft.entries.map((e) => [e.preferred, e.variants])),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function stampForFileName(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

// Saves of one file run one after another, so the version check and the write cannot interleave.
const queues = new Map<string, Promise<unknown>>();

export function saveStyleBook(libraryDir: string, draft: StyleBookDraft, now: () => Date = () => new Date()): Promise<StyleBookSaveResult> {
  const path = styleBookPath(libraryDir);
  const run = (queues.get(path) ?? Promise.resolve()).catch(() => undefined).then(() => writeBook(libraryDir, path, draft, now));
  queues.set(path, run);
  void run.finally(() => {
    if (queues.get(path) === run) queues.delete(path);
  }).catch(() => undefined);
  return run;
}

async function writeBook(libraryDir: string, path: string, draft: StyleBookDraft, now: () => Date): Promise<StyleBookSaveResult> {
  const before = await readBytes(path);
  const current = before === null ? null : versionOf(before);
  if (current !== draft.baseVersion) {
    throw new ApiError(
      'conflict',
      before === null
        ? 'The style book was deleted from the library folder since you opened it. Your entries are still here; save again to write them.'
        : 'The style book in the library folder changed since you opened it (someone else saved it?). Your entries were not saved; close and reopen Preferences to see the other version.',
    );
  }
  let backupPath: string | null = null;
  if (before !== null) {
    const damaged = interpretStyleBook(path, before).problem !== null;
    // A damaged file gets a name of its own, so a later save's backup never replaces it.
    backupPath = join(libraryDir, damaged ? `style-book.damaged-${stampForFileName(now())}.json.bak` : `${STYLE_BOOK_FILE}.bak`);
    await writeFileAtomic(backupPath, before, { fsync: true });
  }
  await writeFileAtomic(path, serializeStyleBook(draft), { fsync: true });
  return { ...(await readStyleBook(libraryDir)), backupPath };
}

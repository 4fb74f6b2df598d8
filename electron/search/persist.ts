/**
 * The search index on disk: `.copydesk/search-index.json` in the library, with a format name,
 * a version and a fingerprint of how it was built. Anything that does not match exactly — a
 * missing file, a torn or hand-edited one, an index built by another version — is reported as a
 * reason to rebuild, never as an error: the index is a cache of the articles, nothing more.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurable } from '../library/durable.ts';
import type { CompactTerm, MiniHead } from './compactIndex.ts';
import type { DocMeta } from './doc.ts';
import { INDEX_VERSION, MINISEARCH_OPTIONS, SearchIndex } from './searchIndex.ts';
import { scanTerms } from './termScanner.ts';
import { STOP_WORDS } from './terms.ts';

export const INDEX_FORMAT = 'copydesk-search-index';
export const INDEX_FILE = join('.copydesk', 'search-index.json');

/** Changes whenever what the index holds would change for the same articles. */
export const INDEX_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify({ v: INDEX_VERSION, fields: MINISEARCH_OPTIONS.fields, stop: [...STOP_WORDS].sort(), fold: 'NFD-marks-lower-1' }))
  .digest('hex')
  .slice(0, 16);

interface IndexFile {
  format: string;
  version: number;
  fingerprint: string;
  savedAt: string;
  docs: DocMeta[];
  mini: MiniHead;
  terms: CompactTerm[];
}

export type LoadResult = { ok: true; index: SearchIndex } | { ok: false; reason: string };

/** Where the term list starts: saveIndex writes it last, after the envelope, "docs" and "mini". */
const TERMS_KEY = Buffer.from(',"terms":');

export async function loadIndex(libraryDir: string): Promise<LoadResult> {
  const path = join(libraryDir, INDEX_FILE);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no search index yet' : `search index unreadable (${code})` };
  }
  // Everything before the terms is parsed as JSON; the terms, most of the file, are read one at
  // a time from the bytes (termScanner.ts), never as one parsed tree.
  const at = bytes.indexOf(TERMS_KEY);
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x20 || bytes[end - 1] === 0x0d)) end--;
  if (at < 0 || bytes[end - 1] !== 0x7d /* } */) return { ok: false, reason: 'search index damaged (not an index file)' };
  let data: Omit<IndexFile, 'terms'>;
  try {
    data = JSON.parse(`${bytes.toString('utf8', 0, at)}}`) as IndexFile;
  } catch {
    return { ok: false, reason: 'search index damaged (not valid JSON)' };
  }
  if (!data || data.format !== INDEX_FORMAT || !Array.isArray(data.docs)) return { ok: false, reason: 'search index damaged (not an index file)' };
  if (data.version !== INDEX_VERSION || data.fingerprint !== INDEX_FINGERPRINT) {
    return { ok: false, reason: `search index built by another version (${data.version}/${data.fingerprint})` };
  }
  try {
    return { ok: true, index: SearchIndex.fromParsed({ ...data, terms: scanTerms(bytes, at + TERMS_KEY.length, end - 1) }) };
  } catch (err) {
    return { ok: false, reason: `search index damaged (${err instanceof Error ? err.message : String(err)})` };
  }
}

/**
 * Written atomically (temp file, fsync, rename), so a crash leaves the old index or the new one;
 * a piece at a time, so saving never holds the whole index as text or as one big object.
 */
export async function saveIndex(libraryDir: string, index: SearchIndex): Promise<void> {
  const path = join(libraryDir, INDEX_FILE);
  await mkdir(join(path, '..'), { recursive: true });
  const envelope = JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, fingerprint: INDEX_FINGERPRINT, savedAt: new Date().toISOString() });
  function* text(): Generator<string> {
    let first = true;
    for (const chunk of index.jsonChunks()) {
      // The envelope's fields, then the index's: one JSON object.
      yield first ? `${envelope.slice(0, -1)},${chunk.slice(1)}` : chunk;
      first = false;
    }
  }
  await writeFileDurable(path, text());
}

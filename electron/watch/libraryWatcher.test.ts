import { appendFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../library/testing.ts';
import { LibraryIndex } from '../search/libraryIndex.ts';
import { makeArticle } from '../tools/make-library.ts';
import { watchLibrary, type FolderChange, type LibraryWatcher } from './libraryWatcher.ts';
import { indexFolderChanges } from './connect.ts';

let dir: string;
let cleanup: () => Promise<void>;
let watcher: LibraryWatcher | null = null;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('copydesk-watch-'));
});
afterEach(async () => {
  await watcher?.close();
  watcher = null;
  await cleanup();
});

/** Resolves with the next batch of changes that satisfies `pred`. */
function nextBatch(batches: FolderChange[][], pred: (b: FolderChange[]) => boolean): Promise<FolderChange[]> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const found = batches.find(pred);
      if (found) resolve(found);
      else if (Date.now() - started > 8000) reject(new Error(`no matching change; saw ${JSON.stringify(batches)}`));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

describe('watching the library folder', () => {
  it('reports article files other programs add, change and remove, and nothing else', async () => {
    const batches: FolderChange[][] = [];
    watcher = await watchLibrary(dir, (c) => batches.push(c), { debounceMs: 50 });
    const a = makeArticle(1);
    const path = join(dir, `${a.id}.json`);

    await writeFile(path, JSON.stringify(a));
    await writeFile(join(dir, '.copydesk-x.json-123.tmp'), 'temp');
    await mkdir(join(dir, '.trash'), { recursive: true });
    await writeFile(join(dir, '.trash', 'b.json'), '{}');
    await writeFile(join(dir, 'notes.txt'), 'not an article');
    expect(await nextBatch(batches, (b) => b.some((c) => c.id === a.id))).toEqual([{ id: a.id, type: 'added' }]);

    await writeFile(path, JSON.stringify({ ...a, title: 'Changed elsewhere' }));
    await nextBatch(batches, (b) => b.some((c) => c.id === a.id && c.type === 'changed'));

    await rm(path);
    await nextBatch(batches, (b) => b.some((c) => c.id === a.id && c.type === 'removed'));
    expect(batches.flat().every((c) => c.id === a.id)).toBe(true);
  });

  it('keeps the search index current with files moved in from outside', async () => {
    const index = await LibraryIndex.open(dir, { persistDelayMs: 60_000 });
    await index.ready;
    const batches: FolderChange[][] = [];
    watcher = await watchLibrary(dir, (c) => {
      indexFolderChanges(index, c);
      batches.push(c);
    }, { debounceMs: 50 });
    const a = makeArticle(5);
    // A sync tool writes beside the folder, then renames into it.
    await writeFile(join(dir, '..', `${a.id}.partial`), JSON.stringify(a));
    await rename(join(dir, '..', `${a.id}.partial`), join(dir, `${a.id}.json`));
    await nextBatch(batches, (b) => b.some((c) => c.id === a.id));
    expect((await index.search({ query: a.title })).hits.map((h) => h.id)).toContain(a.id);
    await index.close();
  });

  it('reports a file copied in pieces once it is complete, and a sync tool’s burst of files as one batch', async () => {
    const batches: FolderChange[][] = [];
    const complete: boolean[] = [];
    watcher = await watchLibrary(dir, (c) => {
      batches.push(c);
      for (const change of c) if (change.id === makeArticle(0).id) complete.push(readFileSync(join(dir, `${change.id}.json`), 'utf8').endsWith('}'));
    }, { debounceMs: 50 });
    const a = makeArticle(0);
    const text = JSON.stringify(a);
    const path = join(dir, `${a.id}.json`);
    for (let i = 0; i < text.length; i += Math.ceil(text.length / 5)) {
      await appendFile(path, text.slice(i, i + Math.ceil(text.length / 5)));
      await new Promise((r) => setTimeout(r, 40));
    }
    await nextBatch(batches, (b) => b.some((c) => c.id === a.id));
    expect(complete).toEqual([true]);

    batches.length = 0;
    const ids = Array.from({ length: 200 }, (_, i) => makeArticle(i + 1).id);
    await Promise.all(ids.map((id, i) => writeFile(join(dir, `${id}.json`), JSON.stringify(makeArticle(i + 1)))));
    const batch = await nextBatch(batches, (b) => b.length > 0);
    expect(batch.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(batch.every((c) => c.type === 'added')).toBe(true);
  });
});

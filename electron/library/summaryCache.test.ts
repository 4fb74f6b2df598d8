import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryService } from './service.ts';
import { makeTempDir } from './testing.ts';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('copydesk-summaries-'));
});
afterEach(async () => {
  await cleanup();
});

const cachePath = () => join(dir, '.copydesk', 'summaries.json');

/** Two articles, listed once so the metadata cache holds both; returns their ids. */
async function libraryWithCache(): Promise<[string, string]> {
  const lib = await LibraryService.open(dir);
  const budget = await lib.create({ title: 'Council budget vote delayed' });
  const port = await lib.create({ title: 'Dock workers strike in Rotterdam' });
  await lib.list();
  await lib.close();
  return [budget.id, port.id];
}

async function editCache(edit: (cache: { version: unknown; entries: Record<string, { summary: Record<string, unknown> }> }) => void) {
  const cache = JSON.parse(await readFile(cachePath(), 'utf8'));
  edit(cache);
  await writeFile(cachePath(), JSON.stringify(cache));
}

async function titles(): Promise<string[]> {
  const lib = await LibraryService.open(dir);
  const listing = await lib.list();
  await lib.close();
  return listing.articles.map((a) => a.title).sort();
}

describe('the metadata cache on a warm start', () => {
  it('lists from the cache without reading an unchanged file, and re-reads only an entry of the wrong shape', async () => {
    const [budget, port] = await libraryWithCache();
    await editCache((cache) => {
      // A well-formed entry whose file stamp still matches is trusted as it is (the file is not read)...
      cache.entries[`${budget}.json`]!.summary.title = 'Title only the cache knows';
      // ...one of the wrong shape is dropped, and its file is read again.
      cache.entries[`${port}.json`]!.summary.title = 'Title from a bad entry';
      cache.entries[`${port}.json`]!.summary.tags = 'not a list';
    });
    expect(await titles()).toEqual(['Dock workers strike in Rotterdam', 'Title only the cache knows']);
  });

  it('ignores a cache of another version or a damaged one, and lists from the files', async () => {
    await libraryWithCache();
    await editCache((cache) => {
      cache.version = 99;
      for (const entry of Object.values(cache.entries)) entry.summary.title = 'Stale title';
    });
    expect(await titles()).toEqual(['Council budget vote delayed', 'Dock workers strike in Rotterdam']);
    await writeFile(cachePath(), '{"version":1,"entries":{"torn');
    expect(await titles()).toEqual(['Council budget vote delayed', 'Dock workers strike in Rotterdam']);
  });
});

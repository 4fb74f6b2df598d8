import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../library/testing.ts';
import { makeArticle } from '../tools/make-library.ts';
import { searchDocOf } from './doc.ts';
import { INDEX_FILE, loadIndex, saveIndex } from './persist.ts';
import { SearchIndex } from './searchIndex.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('copydesk-persist-')));
afterEach(() => cleanup());

function indexOf(count: number): SearchIndex {
  const index = new SearchIndex();
  for (let i = 0; i < count; i++) index.upsert(searchDocOf(makeArticle(i), `1:${i}`));
  return index;
}

const QUERIES = ['zelensky', 'pension fund', 'clim', 'Wisniewski', 'ceasefire talks', 'goverment', 'museum director'];

describe('the search index on disk', () => {
  it('answers every query after a save and reload exactly as before, edits and removals included', async () => {
    const index = indexOf(200);
    index.upsert(searchDocOf({ ...makeArticle(3), title: 'Pension fund ceasefire in Kharkiv' }, '2:3'));
    index.remove(makeArticle(7).id);
    await saveIndex(dir, index);
    const loaded = await loadIndex(dir);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.index.size).toBe(199);
    for (const query of QUERIES) {
      const before = index.search({ query, limit: 50 });
      const after = loaded.index.search({ query, limit: 50 });
      expect(after.total, query).toBe(before.total);
      expect(after.hits.map((h) => [h.meta.id, h.score.toFixed(6), h.meta.stamp]), query).toEqual(before.hits.map((h) => [h.meta.id, h.score.toFixed(6), h.meta.stamp]));
    }
    expect(QUERIES.some((query) => index.search({ query }).total > 10)).toBe(true);
  });

  it('reports a file with a mangled term list as damaged, to be rebuilt', async () => {
    await saveIndex(dir, indexOf(20));
    const path = join(dir, INDEX_FILE);
    const data = JSON.parse(await readFile(path, 'utf8')) as { terms: unknown[] };
    data.terms[0] = { not: 'a term' };
    await writeFile(path, JSON.stringify(data));
    const loaded = await loadIndex(dir);
    expect(loaded).toMatchObject({ ok: false, reason: expect.stringMatching(/search index damaged/) });
  });

  it('reads terms in any script back exactly, and reports a file cut short anywhere as damaged, to be rebuilt', async () => {
    const index = indexOf(30);
    const kyiv = { ...makeArticle(40), title: 'Делегація прибула до Києва', standfirst: '서울에서 온 대표단은 “평화”를 말했다' };
    index.upsert(searchDocOf(kyiv, '3:40'));
    await saveIndex(dir, index);
    const loaded = await loadIndex(dir);
    if (!loaded.ok) throw new Error(loaded.reason);
    for (const query of ['Києва', '대표단은', 'zelensky', 'pension fund']) {
      expect(loaded.index.search({ query }).hits.map((h) => h.meta.id), query).toEqual(index.search({ query }).hits.map((h) => h.meta.id));
    }
    expect(loaded.index.search({ query: 'Києва' }).hits.map((h) => h.meta.id)).toEqual([kyiv.id]);

    const path = join(dir, INDEX_FILE);
    const whole = await readFile(path);
    for (const cut of [0.2, 0.5, 0.8, 0.99]) {
      await writeFile(path, whole.subarray(0, Math.floor(whole.length * cut)));
      const torn = await loadIndex(dir);
      expect(torn, `cut at ${cut}`).toMatchObject({ ok: false, reason: expect.stringMatching(/search index damaged/) });
    }
  });
});

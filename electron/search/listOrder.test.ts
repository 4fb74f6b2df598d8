import { describe, expect, it } from 'vitest';
import { makeArticle } from '../tools/make-library.ts';
import { searchDocOf } from './doc.ts';
import { SearchIndex, type SearchQuery } from './searchIndex.ts';

/** The whole library, filtered and sorted the plain way: what a page of the list must agree with. */
function reference(index: SearchIndex, q: SearchQuery) {
  const key = { edited: 'updatedAt', created: 'createdAt' } as const;
  const sort = q.sort && q.sort !== 'relevance' ? q.sort : 'edited';
  const all = [...index.docs.values()].filter((m) => (!q.status || q.status.includes(m.status)) && (!q.tag || m.tags.includes(q.tag)));
  all.sort((a, b) =>
    sort === 'headline'
      ? a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
      : b[key[sort]] < a[key[sort]] ? -1 : b[key[sort]] > a[key[sort]] ? 1 : 0,
  );
  return { total: all.length, ids: all.slice(0, q.limit ?? 50).map((m) => m.id) };
}

describe('the library list without search words', () => {
  it('gives the first page in each order, filtered, with the count of every article that passes', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 600; i++) index.upsert(searchDocOf(makeArticle(i), `1:${i}`));
    // Two articles edited at the same moment keep a stable order.
    const twin = makeArticle(900);
    index.upsert(searchDocOf({ ...twin, id: 'a00900-twin-a', updatedAt: makeArticle(5).updatedAt }, '1:900'));
    index.upsert(searchDocOf({ ...twin, id: 'a00901-twin-b', updatedAt: makeArticle(5).updatedAt }, '1:901'));
    const queries: SearchQuery[] = [
      { query: '' },
      { query: '  ', limit: 1 },
      { query: '', sort: 'created', limit: 20 },
      { query: '', sort: 'headline', limit: 500 },
      { query: '', status: ['published'], limit: 30 },
      { query: '', tag: 'politics', sort: 'edited', limit: 7 },
    ];
    for (const q of queries) {
      const got = index.search(q);
      const want = reference(index, q);
      expect({ total: got.total, ids: got.hits.map((h) => h.meta.id) }, JSON.stringify(q)).toEqual(want);
    }
    expect(index.search({ query: '', status: ['published'] }).total).toBeGreaterThan(100);
  });
});

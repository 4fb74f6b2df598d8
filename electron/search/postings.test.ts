import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { prng, makeArticle } from '../tools/make-library.ts';
import { searchDocOf, type SearchDoc } from './doc.ts';
import { Postings } from './postings.ts';
import { MINISEARCH_OPTIONS, SearchIndex } from './searchIndex.ts';

describe('a postings list', () => {
  it('answers like a Map through thousands of adds, updates, deletions and re-adds, short and long', () => {
    const random = prng(11);
    for (const span of [8, 60, 3000]) {
      const p = new Postings();
      const m = new Map<number, number>();
      let next = 0;
      for (let step = 0; step < 6000; step++) {
        const r = random();
        if (r < 0.5) {
          // MiniSearch's way: a new article gets the next id.
          next += 1 + Math.floor(random() * 3);
          p.set(next, 1);
          m.set(next, 1);
        } else {
          const id = Math.floor(random() * (next + 2));
          if (r < 0.7) {
            const freq = 1 + Math.floor(random() * 5);
            p.set(id, freq);
            m.set(id, freq);
          } else {
            expect(p.delete(id)).toBe(m.delete(id));
          }
        }
        // Keep the list around `span` entries so short and long lists are both exercised.
        if (m.size > span) for (const id of [...m.keys()].slice(0, m.size - span)) expect(p.delete(id)).toBe(m.delete(id));
        if (step % 97 === 0) p.trim();
      }
      expect(p.size).toBe(m.size);
      const sorted = [...m].sort((a, b) => a[0] - b[0]);
      expect([...p]).toEqual(sorted);
      expect([...p.keys()]).toEqual(sorted.map(([id]) => id));
      const visited: [number, number][] = [];
      p.forEach((freq, id) => visited.push([id, freq]));
      expect(visited).toEqual(sorted);
      for (let id = 0; id <= next + 1; id++) {
        expect(p.get(id)).toBe(m.get(id));
        expect(p.has(id)).toBe(m.has(id));
      }
    }
  });

  it('can have the entry it is visiting deleted while iterating, as MiniSearch’s vacuum does', () => {
    const p = Postings.fromPairs([1, 2, 4, 1, 7, 3, 9, 1, 12, 5], 0, 5);
    const seen: number[] = [];
    for (const [id] of p) {
      seen.push(id);
      if (id % 2 === 1) p.delete(id);
    }
    expect(seen).toEqual([1, 4, 7, 9, 12]);
    expect([...p]).toEqual([[4, 1], [12, 5]]);
  });

  it('refuses postings out of order or with a frequency below 1, as a damaged index file would hold', () => {
    expect(() => Postings.fromPairs([5, 1, 3, 1], 0, 2)).toThrow(/out of order/);
    expect(() => Postings.fromPairs([5, 0], 0, 1)).toThrow(/wrong shape/);
    expect(() => new Postings().set(1, 0)).toThrow(RangeError);
  });
});

describe('the search index with compact postings', () => {
  it('scores every query exactly as MiniSearch with its own maps, after replacing, removing and vacuuming articles', async () => {
    const ours = new SearchIndex();
    const plain = new MiniSearch<SearchDoc>({ ...MINISEARCH_OPTIONS, autoVacuum: false });
    const docs = Array.from({ length: 300 }, (_, i) => searchDocOf(makeArticle(i), `1:${i}`));
    const zeppelin = { ...searchDocOf(makeArticle(3), '3:3'), id: 'a09999-zeppelin', title: 'Quixotic zeppelin inquiry' };
    for (const doc of [...docs, zeppelin]) {
      ours.upsert(doc);
      plain.add(doc);
    }
    // Edits: some articles replaced with other text, some removed.
    for (let i = 0; i < 300; i += 7) {
      const edited = { ...searchDocOf(makeArticle(i + 1000), `2:${i}`), id: docs[i]!.id };
      ours.upsert(edited);
      plain.discard(edited.id);
      plain.add(edited);
    }
    for (const id of [zeppelin.id, ...docs.filter((_, i) => i % 11 === 3).map((d) => d.id)]) {
      ours.remove(id);
      plain.discard(id);
    }
    await Promise.all([ours.mini.vacuum(), plain.vacuum()]);
    // Words only the removed articles had are gone from the tree now; bringing one back must
    // index its words again, not into the entries the vacuum dropped.
    expect(ours.mini.search('zeppelin')).toEqual([]);
    ours.upsert(zeppelin);
    plain.add(zeppelin);
    expect(ours.mini.search('zeppelin').map((r) => r.id)).toEqual([zeppelin.id]);
    ours.trim();
    const options = { combineWith: 'AND', prefix: true, fuzzy: 0.2, boost: { title: 3 } } as const;
    let found = 0;
    for (const query of ['quixotic zeppelin', 'zelensky', 'pension fund', 'clim', 'Marchetti derby', 'goverment', 'museum director', 'Kharkiv']) {
      const want = plain.search(query, options).map((r) => [r.id, r.score.toFixed(9)]);
      expect(ours.mini.search(query, options).map((r) => [r.id, r.score.toFixed(9)]), query).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});

import { describe, expect, it } from 'vitest';
import { makeArticle } from '../tools/make-library.ts';
import { searchAllWords } from './allWords.ts';
import { searchDocOf } from './doc.ts';
import { SearchIndex } from './searchIndex.ts';
import { termOf, tokenize } from './terms.ts';

const FIELDS = ['title', 'standfirst', 'body', 'byline', 'tags'];
const BOOST = { title: 3, byline: 2, tags: 2, standfirst: 1.5 };
const QUERIES = [
  'zelensky', 'pension fund', 'the public deserves a clear answer', 'Rotterdam port', 'cli', 'clim', 'climate mod',
  'months, not weeks', 'museum director', 'flood defences Leeds', 'von der Leyen', 'Haddad study', 'Kharkiv', 'nosuchword',
];

function indexOf(count: number): SearchIndex {
  const index = new SearchIndex();
  for (let i = 0; i < count; i++) index.upsert(searchDocOf(makeArticle(i), `1:${i}`));
  return index;
}

/** What MiniSearch itself answers for the same query. */
function reference(index: SearchIndex, query: string) {
  return index.mini.search(query, { combineWith: 'AND', prefix: (_t, i, terms) => i === terms.length - 1, boost: BOOST });
}

function ours(index: SearchIndex, query: string) {
  const words = tokenize(query).map(termOf).filter((t): t is string => t !== null);
  return searchAllWords(index.mini, words.map((term, i) => ({ term, prefix: i === words.length - 1 })), BOOST, FIELDS);
}

describe('searching for every word', () => {
  it('finds the same articles with the same scores as MiniSearch, completions of the last word included', () => {
    const index = indexOf(400);
    let matched = 0;
    for (const query of QUERIES) {
      const want = reference(index, query);
      const got = ours(index, query);
      matched += got.length;
      expect(got.map((h) => h.id).sort(), query).toEqual(want.map((r) => r.id as string).sort());
      const score = new Map(want.map((r) => [r.id as string, r]));
      for (const h of got) {
        expect(h.score, `${query} ${h.id}`).toBeCloseTo(score.get(h.id)!.score, 9);
        expect([...h.terms].sort(), `${query} ${h.id}`).toEqual([...score.get(h.id)!.terms].sort());
      }
      for (let i = 1; i < got.length; i++) expect(got[i - 1]!.score).toBeGreaterThanOrEqual(got[i]!.score);
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('leaves out removed and replaced articles, and finds their new text', () => {
    const index = indexOf(120);
    const first = makeArticle(0);
    index.remove(makeArticle(1).id);
    index.upsert(searchDocOf({ ...first, title: 'Rotterdam port pension fund ceasefire' }, '2:0'));
    const got = ours(index, 'Rotterdam port pension');
    expect(got.map((h) => h.id)).toContain(first.id);
    expect(got.map((h) => h.id)).not.toContain(makeArticle(1).id);
    expect(got.map((h) => h.id).sort()).toEqual(reference(index, 'Rotterdam port pension').map((r) => r.id as string).sort());
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResults } from '../../shared/contract/libraryScale.ts';
import { setTransport } from '../api/client.ts';
import { INDEXING_POLL_MS, TYPING_DELAY_MS, useSearch } from './searchStore.ts';

const hit = {
  id: 'grain', title: 'Grain exports resume', status: 'draft' as const, tags: [], createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z', score: 1, titleHighlights: [], snippet: null, match: null,
};

/** A host whose index is still being built for the first `partialAnswers` searches. */
function indexingHost(partialAnswers: number) {
  let asked = 0;
  return {
    asked: () => asked,
    transport: {
      host: 'web' as const,
      async send(method: string) {
        if (method !== 'library.search') throw new Error(`unexpected ${method}`);
        asked++;
        const value: SearchResults = asked <= partialAnswers
          ? { total: 0, hits: [], indexing: { done: 37, total: 41 } }
          : { total: 1, hits: [hit] };
        return { ok: true, value };
      },
    },
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  useSearch.getState().clear();
  setTransport(null);
});

describe('search while the library is still being indexed', () => {
  it('asks again until indexing is done, so the article that was not yet indexed appears', async () => {
    const host = indexingHost(2);
    setTransport(host.transport);
    useSearch.getState().setQuery('lighthouse keepers');
    await wait(TYPING_DELAY_MS + 50);
    expect(useSearch.getState().results?.indexing).toEqual({ done: 37, total: 41 });
    await wait(2 * INDEXING_POLL_MS + 200);
    expect(useSearch.getState().results?.hits.map((h) => h.title)).toEqual(['Grain exports resume']);
    const asked = host.asked();
    await wait(INDEXING_POLL_MS + 100);
    expect(host.asked()).toBe(asked); // a complete answer is not asked again
  });

  it('stops asking once the search is cleared', async () => {
    const host = indexingHost(100);
    setTransport(host.transport);
    useSearch.getState().setQuery('grain');
    await wait(TYPING_DELAY_MS + 50);
    useSearch.getState().clear();
    const asked = host.asked();
    await wait(INDEXING_POLL_MS + 200);
    expect(host.asked()).toBe(asked);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryListing } from '../../shared/contract/api.ts';
import type { ListingProgress } from '../../shared/contract/libraryScale.ts';
import { setTransport } from '../api/client.ts';
import { useLibrary } from '../stores/library.ts';

/** A host whose full listing takes `listMs`, having read `done` of its 3 articles meanwhile. */
function slowHost(listMs: number, done: number) {
  const summary = (i: number) => ({
    id: `a${i}`, title: `Article ${i}`, status: 'draft' as const, tags: [], createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`, revision: 1, wordCount: 120, trashedAt: null,
  });
  const full: LibraryListing = { articles: [3, 2, 1].map(summary), trash: [], damaged: [] };
  let listed = false;
  const partial = (): ListingProgress =>
    listed ? { articles: [], progress: null } : { articles: Array.from({ length: done }, (_, i) => summary(done - i)), progress: { done, total: 3 } };
  return {
    host: 'web' as const,
    async send(method: string) {
      if (method === 'library.list') {
        return new Promise((r) => setTimeout(() => {
          listed = true;
          r({ ok: true, value: full });
        }, listMs));
      }
      if (method === 'library.listProgress') return { ok: true, value: partial() };
      throw new Error(`unexpected ${method}`);
    },
  };
}

afterEach(() => setTransport(null));

describe('opening a library with a cold cache', () => {
  it('shows the articles read so far with progress, then the full listing', async () => {
    useLibrary.setState({ loaded: false, articles: [], progress: null });
    setTransport(slowHost(1500, 2));
    const refreshing = useLibrary.getState().refresh();
    await expect.poll(() => useLibrary.getState().progress, { timeout: 1400 }).toEqual({ done: 2, total: 3 });
    expect(useLibrary.getState().loaded).toBe(true);
    expect(useLibrary.getState().articles.map((a) => a.id)).toEqual(['a2', 'a1']);
    await refreshing;
    expect(useLibrary.getState().progress).toBeNull();
    expect(useLibrary.getState().articles.map((a) => a.id)).toEqual(['a3', 'a2', 'a1']);
  });

  it('shows no partial list when the listing answers at once (warm cache)', async () => {
    useLibrary.setState({ loaded: false, articles: [], progress: null });
    setTransport(slowHost(10, 2));
    await useLibrary.getState().refresh();
    await new Promise((r) => setTimeout(r, 700));
    expect(useLibrary.getState().progress).toBeNull();
    expect(useLibrary.getState().articles).toHaveLength(3);
  });
});

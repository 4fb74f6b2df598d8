// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../api/client.ts';
import { allTags, useLibrary, visibleArticles } from './library.ts';
import { fakeHost, makeArticle, type FakeHost } from './testTransport.ts';

let host: FakeHost;

beforeEach(async () => {
  const older = { ...makeArticle('mayor', 'Mayor resigns'), status: 'in-review' as const, tags: ['city hall'] };
  const newer = { ...makeArticle('floods', 'Flood warnings on the Han'), tags: ['weather', 'city hall'] };
  host = fakeHost([older, newer]);
  setTransport(host);
  useLibrary.setState({ view: 'articles', statusFilter: 'all', tagFilter: null });
  await useLibrary.getState().refresh();
});

afterEach(() => setTransport(null));

describe('library store', () => {
  it('lists articles most recently edited first', () => {
    expect(useLibrary.getState().articles.map((a) => a.id)).toEqual(['floods', 'mayor']);
  });

  it('filters by status and by tag, and lists every tag once', () => {
    const s = useLibrary.getState();
    expect(allTags(s)).toEqual(['city hall', 'weather']);
    useLibrary.getState().setStatusFilter('in-review');
    expect(visibleArticles(useLibrary.getState()).map((a) => a.id)).toEqual(['mayor']);
    useLibrary.getState().setStatusFilter('all');
    useLibrary.getState().setTagFilter('weather');
    expect(visibleArticles(useLibrary.getState()).map((a) => a.id)).toEqual(['floods']);
  });

  it('moves an article to the trash and back', async () => {
    await useLibrary.getState().trashArticle('mayor');
    expect(useLibrary.getState().articles.map((a) => a.id)).toEqual(['floods']);
    expect(useLibrary.getState().trash.map((a) => a.id)).toEqual(['mayor']);
    await useLibrary.getState().restore('mayor');
    expect(useLibrary.getState().trash).toEqual([]);
    expect(useLibrary.getState().articles.map((a) => a.id).sort()).toEqual(['floods', 'mayor']);
  });

  it('puts a new article at the top of the list', async () => {
    const created = await useLibrary.getState().create('Late result from the count');
    expect(useLibrary.getState().articles[0]).toMatchObject({ id: created.id, title: 'Late result from the count', trashedAt: null });
  });

  it('reports a library that cannot be read instead of failing silently', async () => {
    setTransport({ host: 'web', send: async () => ({ ok: false, error: { code: 'io', message: 'Permission denied: /srv/library' } }) });
    await useLibrary.getState().refresh();
    expect(useLibrary.getState().error).toBe('Permission denied: /srv/library');
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, bridgeTransport, call, httpTransport, setTransport, unwrap } from './client.ts';
import { takeTokenFromLocation } from './token.ts';

afterEach(() => {
  setTransport(null);
  sessionStorage.clear();
});

describe('takeTokenFromLocation', () => {
  it('reads the launch token once, keeps it for reloads and removes it from the address bar', () => {
    history.replaceState(null, '', '/?token=abc123&view=trash#top');
    expect(takeTokenFromLocation()).toBe('abc123');
    expect(location.search).toBe('?view=trash');
    expect(location.hash).toBe('#top');
    // After a reload the URL has no token any more; the tab still knows it.
    expect(takeTokenFromLocation()).toBe('abc123');
  });
});

describe('httpTransport', () => {
  it('posts the input to /api/<method> with the token header and unwraps the answer', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { articles: [], trash: [], damaged: [] } })));
    setTransport(httpTransport('tok', fetchFn as unknown as typeof fetch));
    const listing = await call('library.list', {});
    expect(listing.articles).toEqual([]);
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/library.list');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['x-copydesk-token']).toBe('tok');
    expect(init.body).toBe('{}');
  });

  it('turns an error answer into an ApiError with its code and message', async () => {
    const fetchFn = async () =>
      new Response(JSON.stringify({ ok: false, error: { code: 'conflict', message: 'The article changed on disk.' } }), { status: 409 });
    setTransport(httpTransport('tok', fetchFn as unknown as typeof fetch));
    const err = await call('article.save', { id: 'a1', baseRevision: 1, changes: { title: 'x' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'conflict', message: 'The article changed on disk.' });
  });

  it('says so plainly when the web host is gone or refuses the page', async () => {
    setTransport(httpTransport('tok', (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch));
    await expect(call('library.list', {})).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/web host did not answer/) });
    setTransport(httpTransport(null, (async () => new Response('Forbidden', { status: 403 })) as unknown as typeof fetch));
    await expect(call('library.list', {})).rejects.toMatchObject({ message: expect.stringMatching(/with its token/) });
  });
});

describe('bridgeTransport', () => {
  it('goes through window.copydesk.invoke and unwraps its envelope', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { id: 'kyiv-visit' } }));
    setTransport(bridgeTransport({ host: 'electron', invoke }));
    await expect(call('article.purge', { id: 'kyiv-visit' })).resolves.toEqual({ id: 'kyiv-visit' });
    expect(invoke).toHaveBeenCalledWith('article.purge', { id: 'kyiv-visit' });
  });
});

describe('unwrap', () => {
  it('refuses something that is not an API response', () => {
    expect(() => unwrap('<html>')).toThrow(/not an API response/);
    expect(() => unwrap({ ok: false, error: { code: 'weird', message: '' } })).toThrow(ApiError);
  });
});

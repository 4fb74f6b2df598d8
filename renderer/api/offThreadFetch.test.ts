// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFF_THREAD_BODY_CHARS, call, httpTransport, setTransport } from './client.ts';
import type { FetchReply, FetchRequest } from './fetchProtocol.ts';
import { offThreadFetch, type FetchWorkerLike } from './offThreadFetch.ts';

afterEach(() => setTransport(null));

/** A request worker that answers as the web host would, when the test says so. */
function fakeWorker() {
  const requests: FetchRequest[] = [];
  let onMessage: ((e: MessageEvent<FetchReply>) => void) | null = null;
  let onError: ((e: ErrorEvent) => void) | null = null;
  const worker: FetchWorkerLike = {
    postMessage: (m) => requests.push(m),
    addEventListener: ((type: string, fn: (e: never) => void) => {
      if (type === 'message') onMessage = fn as never;
      else onError = fn as never;
    }) as FetchWorkerLike['addEventListener'],
  };
  return {
    worker,
    requests,
    reply: (reply: FetchReply) => onMessage!({ data: reply } as MessageEvent<FetchReply>),
    crash: (message: string) => onError!({ message } as ErrorEvent),
  };
}

// A long article body, as the crash journal sends it every second of typing.
const paragraph = 'The delegation met officials from the ministry of defence on Tuesday to compare notes. ';
const longBody = { root: { children: Array.from({ length: 300 }, () => ({ type: 'paragraph', children: [{ type: 'text', text: paragraph }] })) } };

describe('requests with a long article in them', () => {
  it('go through the request worker with the token, and small ones stay on the page', async () => {
    const small = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { articles: [], trash: [], damaged: [] } })));
    const fake = fakeWorker();
    setTransport(httpTransport('tok', small as unknown as typeof fetch, offThreadFetch(() => fake.worker)));

    const written = call('journal.write', { id: 'kyiv-visit', baseRevision: 3, changes: { body: longBody as never } });
    await Promise.resolve();
    expect(fake.requests).toHaveLength(1);
    const sent = fake.requests[0]!;
    expect(sent.url).toBe(new URL('/api/journal.write', location.href).href);
    expect(sent.headers['x-copydesk-token']).toBe('tok');
    expect(sent.body.length).toBeGreaterThanOrEqual(OFF_THREAD_BODY_CHARS);
    expect(JSON.parse(sent.body).changes.body.root.children).toHaveLength(300);
    fake.reply({ id: sent.id, status: 200, text: JSON.stringify({ ok: true, value: { written: true } }) });
    await expect(written).resolves.toEqual({ written: true });

    await call('library.list', {});
    expect(small).toHaveBeenCalledTimes(1);
    expect(fake.requests).toHaveLength(1);
  });

  it('keep the host’s error answers, and a dead worker fails the request plainly', async () => {
    const fake = fakeWorker();
    setTransport(httpTransport('tok', (async () => new Response('{}')) as unknown as typeof fetch, offThreadFetch(() => fake.worker)));
    const save = () => call('article.save', { id: 'kyiv-visit', baseRevision: 3, changes: { body: longBody as never } });

    const conflict = save();
    await Promise.resolve();
    fake.reply({ id: fake.requests[0]!.id, status: 409, text: JSON.stringify({ ok: false, error: { code: 'conflict', message: 'The article changed on disk.' } }) });
    await expect(conflict).rejects.toMatchObject({ code: 'conflict', message: 'The article changed on disk.' });

    const gone = save();
    await Promise.resolve();
    fake.reply({ id: fake.requests[1]!.id, error: 'Failed to fetch' });
    await expect(gone).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/web host did not answer/) });

    const lost = save();
    await Promise.resolve();
    fake.crash('out of memory');
    await expect(lost).rejects.toMatchObject({ code: 'io' });
  });
});

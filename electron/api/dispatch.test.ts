import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors.ts';
import { kyivBody } from '../library/testing.ts';
import { createDispatch } from './dispatch.ts';
import type { Dispatch } from './dispatch.ts';
import type { Handlers } from './handlers.ts';
import { openTestApi } from './testing.ts';
import type { TestApi } from './testing.ts';

let root: string;
let dispatch: Dispatch;
let call: TestApi['call'];
let close: () => Promise<void>;
const logged: unknown[] = [];

beforeEach(async () => {
  ({ root, dispatch, call, close } = await openTestApi('copydesk-api-', (_m, e) => logged.push(e)));
});
afterEach(() => close());

describe('dispatch refuses bad calls before any handler runs', () => {
  const calls: string[] = [];
  const spyHandlers = new Proxy({} as Handlers, {
    get: (_t, method: string) => async () => { calls.push(method); return {}; },
  });
  const spyDispatch = createDispatch(spyHandlers);

  it.each([
    ['article.read', { id: '../../etc/passwd' }, /^id: An article id is 1–80 lower-case letters, digits and dashes\.$/],
    ['article.read', { id: '%2e%2e' }, /^id: An article id is/],
    ['article.read', {}, /^id: /],
    ['article.read', null, /expected object/i],
    ['article.save', { id: 'abc', baseRevision: -1, changes: {} }, /^baseRevision: /],
    ['article.save', { id: 'abc', baseRevision: 0, changes: { title: 7 } }, /^changes\.title: /],
    ['article.save', { id: 'abc', baseRevision: 0, changes: { revision: 99 } }, /^changes: Unknown field\(s\): revision$/],
    ['library.list', { sneaky: true }, /Unknown field\(s\): sneaky/],
    ['settings.set', { window: { width: 800, height: 600, maximized: false } }, /Unknown field\(s\): window/],
  ])('%s with %j', async (method, input, message) => {
    const res = await spyDispatch(method, input);
    expect(res).toEqual({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(message) } });
    expect(calls).toEqual([]);
  });

  it('refuses methods that are not in the contract, including inherited names', async () => {
    for (const method of ['fs.readFile', '__proto__', 'constructor', 'toString', 42, undefined]) {
      const res = await spyDispatch(method, {});
      expect(res).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^Unknown method/) } });
    }
    expect(calls).toEqual([]);
  });

  it('accepts a missing input for methods that take none', async () => {
    expect(await spyDispatch('library.list', undefined)).toEqual({ ok: true, value: {} });
    expect(calls).toEqual(['library.list']);
  });
});

describe('errors crossing the contract', () => {
  it('passes ApiErrors through and hides other failures behind a plain message', async () => {
    const failing = createDispatch({
      'article.read': async () => { throw new ApiError('not-found', 'There is no article with id abc in the library.'); },
      'library.list': async () => { throw new TypeError("Cannot read properties of undefined (reading 'secret')"); },
    } as unknown as Handlers, (_m, e) => logged.push(e));
    expect(await failing('article.read', { id: 'abc' })).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no article with id abc in the library.' } });
    const res = await failing('library.list', {});
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: 'Copydesk could not complete library.list; the details are in its log.' } });
    expect(JSON.stringify(res)).not.toMatch(/secret|at .*\.ts/);
    expect(logged.at(-1)).toBeInstanceOf(TypeError);
  });
});

describe('the handler table over a real library', () => {
  it('creates, saves, lists, reads, trashes and restores with answers that match the contract', async () => {
    const created = await call('article.create', { title: 'Delegation arrives in Kyiv' });
    const saved = await call('article.save', { id: created.id, baseRevision: 0, changes: { body: kyivBody(), byline: 'Min-ji Park' } });
    expect(saved.revision).toBe(1);
    expect((await call('library.list', {})).articles).toEqual([saved.summary]);
    expect(await call('article.read', { id: created.id })).toMatchObject({ byline: 'Min-ji Park', revision: 1 });
    expect((await call('article.trash', { id: created.id })).trashedAt).not.toBeNull();
    expect((await call('article.restore', { id: created.id })).trashedAt).toBeNull();
    const stale = await dispatch('article.save', { id: created.id, baseRevision: 0, changes: { title: 'Stale' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('app.info', {})).toEqual({ host: 'web', version: '0.1.0', libraryDir: `${root}/library`, platform: 'linux' });
  });

  it('switches the library folder through settings, and refuses a relative one', async () => {
    await call('article.create', { title: 'In the first library' });
    const res = await dispatch('settings.set', { libraryDir: 'relative/folder' });
    expect(res).toEqual({ ok: false, error: { code: 'bad-request', message: 'libraryDir: The library folder must be an absolute path.' } });
    const settings = await call('settings.set', { libraryDir: `${root}/second`, authorName: 'Min-ji Park' });
    expect(settings).toMatchObject({ libraryDir: `${root}/second`, authorName: 'Min-ji Park' });
    expect((await call('library.list', {})).articles).toEqual([]);
    expect((await call('app.info', {})).libraryDir).toBe(`${root}/second`);
  });
});

describe('methods in the contract without a handler', () => {
  it('answers unsupported instead of failing', async () => {
    const partial = createDispatch({ 'library.list': async () => ({ articles: [], trash: [], damaged: [] }) });
    expect(await partial('article.read', { id: 'abc' })).toEqual({
      ok: false, error: { code: 'unsupported', message: 'article.read is not available in this Copydesk host yet.' },
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../../shared/contract/api.ts';
import type { Method } from '../../shared/contract/api.ts';
import { bodyFromParagraphs, plainTextOf } from '../../shared/article/plainText.ts';
import { createHost, type Host } from '../api/context.ts';
import { KYIV_PARAGRAPHS, makeTempDir } from '../library/testing.ts';
import { createConfSettings } from '../settings/confStore.ts';
import { libraryScaleExtensions } from './extensions.ts';

let cleanup: () => Promise<void>;
let host: Host;

beforeEach(async () => {
  let root: string;
  ({ dir: root, cleanup } = await makeTempDir('copydesk-scale-api-'));
  const settings = createConfSettings({ configDir: `${root}/config`, defaultLibraryDir: `${root}/library` });
  host = createHost({ host: 'web', version: '0.1.0', settings, extensions: libraryScaleExtensions });
});
afterEach(async () => {
  await host.close();
  await cleanup();
});

/** Calls through the host's dispatch and checks the answer against the contract's output schema. */
async function call<M extends Method>(method: M, input: unknown) {
  const reply = await host.dispatch(method, input);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
  return api[method].output.parse(reply.value) as ReturnType<(typeof api)[M]['output']['parse']>;
}

describe('library-scale methods over the contract', () => {
  it('searches, keeps history and restores a deleted paragraph, and the restore can be undone', async () => {
    const a = await call('article.create', { title: 'Delegation in Kyiv' });
    await call('article.save', { id: a.id, baseRevision: 0, changes: { body: bodyFromParagraphs(KYIV_PARAGRAPHS) } });

    const found = await call('library.search', { query: 'railway station' });
    expect(found.hits.map((h) => h.id)).toEqual([a.id]);
    expect(found.hits[0]!.snippet!.text).toContain('railway station');

    const version = await call('article.snapshot', { id: a.id });
    await call('article.save', { id: a.id, baseRevision: 1, changes: { body: bodyFromParagraphs(KYIV_PARAGRAPHS.slice(0, 1)) } });
    const diff = await call('article.snapshotDiff', { id: a.id, snapshotId: version.snapshotId });
    expect(diff.removed).toBeGreaterThan(20);

    const restored = await call('article.restoreSnapshot', { id: a.id, snapshotId: version.snapshotId });
    expect(plainTextOf(restored.article.body)).toContain('railway station');
    const { snapshots } = await call('article.history', { id: a.id });
    expect(snapshots.map((s) => s.reason)).toContain('before-restore');

    await call('article.restoreSnapshot', { id: a.id, snapshotId: restored.undoSnapshotId });
    const back = await call('article.read', { id: a.id });
    expect(plainTextOf(back.body)).toBe(KYIV_PARAGRAPHS[0]);
  });

  it('refuses bad arguments with a clear message before any handler runs', async () => {
    const bad = await host.dispatch('article.restoreSnapshot', { id: 'a1', snapshotId: '../../etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/snapshotId: Not a snapshot id/) } });
    const missing = await host.dispatch('article.history', { id: 'no-such-article' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const badDate = await host.dispatch('library.search', { query: 'x', from: 'last tuesday' });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

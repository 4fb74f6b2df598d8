import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs, plainTextOf } from '../../shared/article/plainText.ts';
import { LibraryService } from '../library/service.ts';
import { KYIV_PARAGRAPHS, makeTempDir } from '../library/testing.ts';
import { historyOnLibraryEvents } from './autoSnapshot.ts';
import { restoreSnapshot } from './restore.ts';
import { HISTORY_DIR, HistoryStore } from './store.ts';

let dir: string;
let cleanup: () => Promise<void>;
let lib: LibraryService;
let history: HistoryStore;
// A clock the tests move forward, shared by the library, the history and the auto-snapshot policy.
let clock: number;
const now = () => new Date(clock);
const MIN = 60_000;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('copydesk-history-'));
  clock = Date.parse('2026-11-29T09:00:00.000Z');
  lib = await LibraryService.open(dir, { now });
  history = new HistoryStore(dir, { now });
  historyOnLibraryEvents(history, lib.events, { now });
});
afterEach(async () => {
  await lib.close();
  await cleanup();
});

async function save(id: string, paragraphs: string[], extra: object = {}) {
  const { revision } = await lib.read(id);
  return lib.save(id, revision, { body: bodyFromParagraphs(paragraphs), ...extra });
}
const bodyText = async (id: string) => plainTextOf((await lib.read(id)).body);

describe('automatic snapshots', () => {
  it('keeps the version on disk before a save that follows a pause, but not on every keystroke save', async () => {
    const a = await lib.create({ title: 'Delegation in Kyiv' });
    await save(a.id, KYIV_PARAGRAPHS); // first save: the empty article is kept
    clock += 5_000;
    await save(a.id, [...KYIV_PARAGRAPHS, 'A fourth paragraph.']); // seconds later: nothing new
    expect((await history.list(a.id)).map((s) => s.reason)).toEqual(['auto']);
    clock += 15 * MIN;
    await save(a.id, KYIV_PARAGRAPHS.slice(0, 1)); // after a pause: the four-paragraph version is kept
    const snaps = await history.list(a.id);
    expect(snaps.map((s) => s.reason)).toEqual(['auto', 'auto']);
    expect(snaps[0]!.added).toBeGreaterThan(40); // the three paragraphs and the fourth, against the empty article
    expect(snaps[0]!.removed).toBe(0);
    expect(plainTextOf((await history.read(a.id, snaps[0]!.snapshotId)).body)).toContain('A fourth paragraph.');
  });

  it('keeps a snapshot at each status change', async () => {
    const a = await lib.create({ title: 'Budget vote' });
    await save(a.id, ['The council voted on the budget.']);
    clock += MIN;
    await save(a.id, ['The council voted on the budget.'], { status: 'in-review' });
    const snaps = await history.list(a.id);
    expect(snaps[0]!.reason).toBe('status');
    expect((await history.read(a.id, snaps[0]!.snapshotId)).status).toBe('in-review');
  });

  it('forgets the history of an article deleted for good', async () => {
    const a = await lib.create({ title: 'Short-lived' });
    await save(a.id, ['Gone soon.']);
    expect(await history.list(a.id)).toHaveLength(1);
    await lib.trash(a.id);
    await lib.purge(a.id);
    expect(await history.list(a.id)).toEqual([]);
  });
});

describe('differences and restore', () => {
  it('shows what changed since a snapshot, restores deleted text, and the restore can be undone', async () => {
    const a = await lib.create({ title: 'Delegation in Kyiv' });
    await save(a.id, KYIV_PARAGRAPHS);
    const kept = await history.take(await lib.read(a.id), 'manual');
    clock += MIN;
    await save(a.id, [KYIV_PARAGRAPHS[0]!]); // two paragraphs deleted
    expect(await bodyText(a.id)).not.toContain('railway station');

    const diff = await history.diff(a.id, kept.snapshotId, await lib.read(a.id));
    expect(diff.added).toBe(0);
    expect(diff.removed).toBeGreaterThan(20);
    expect(diff.parts.filter((p) => p.type === 'removed').map((p) => p.text).join('')).toContain('railway station');

    clock += MIN;
    const { article, undoSnapshotId } = await restoreSnapshot(lib, history, a.id, kept.snapshotId);
    expect(plainTextOf(article.body)).toContain('railway station');
    const undo = (await history.list(a.id)).find((s) => s.snapshotId === undoSnapshotId)!;
    expect(undo.reason).toBe('before-restore');

    clock += MIN;
    await restoreSnapshot(lib, history, a.id, undoSnapshotId);
    expect(await bodyText(a.id)).toBe(KYIV_PARAGRAPHS[0]);
  });

  it('refuses an unknown or malformed snapshot id with a clear error, changing nothing', async () => {
    const a = await lib.create({ title: 'Untouched' });
    await save(a.id, ['Text that must stay.']);
    await expect(restoreSnapshot(lib, history, a.id, '20261129T090000000Z-r1-abcd')).rejects.toMatchObject({ code: 'not-found' });
    await expect(restoreSnapshot(lib, history, a.id, '../../etc/passwd')).rejects.toMatchObject({ code: 'bad-request' });
    expect(await bodyText(a.id)).toBe('Text that must stay.');
  });
});

describe('the manifest', () => {
  it('is rebuilt from the snapshot files when damaged', async () => {
    const a = await lib.create({ title: 'Manifest' });
    await save(a.id, ['One.']);
    clock += MIN;
    await history.take(await lib.read(a.id), 'manual');
    const path = join(dir, HISTORY_DIR, a.id, 'manifest.json');
    const before = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, '{"snapshots": [');
    const fresh = new HistoryStore(dir, { now });
    expect(await fresh.list(a.id)).toEqual(before.snapshots);
  });

  it('prunes by the ladder as snapshots accumulate over days', async () => {
    const a = await lib.create({ title: 'Long story' });
    // Four snapshots an hour for three days.
    for (let i = 0; i < 72 * 4; i++) {
      await history.take({ ...(await lib.read(a.id)), revision: i }, 'auto');
      clock += 15 * MIN;
    }
    const snaps = await history.list(a.id);
    // The last day in full (96), then one an hour for the two days before (48), give or take an edge.
    expect(snaps.length).toBeGreaterThanOrEqual(140);
    expect(snaps.length).toBeLessThanOrEqual(146);
  });
});

import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { plainTextOf } from '../../shared/article/plainText.ts';
import { LibraryService } from './service.ts';
import { kyivBody, makeTempDir } from './testing.ts';

let dir: string;
let cleanup: () => Promise<void>;
let lib: LibraryService;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('copydesk-journal-'));
  lib = await LibraryService.open(dir);
});
afterEach(async () => {
  await lib.close();
  await cleanup();
});

it('offers back, after a restart, the typing that never reached a save', async () => {
  const { id } = await lib.create({ title: 'Delegation arrives in Kyiv' });
  await lib.journalWrite(id, 0, { body: kyivBody(), standfirst: 'Talks begin on Tuesday.' });
  // The app dies here: no save. On the next start the edits are there to offer.
  const next = await LibraryService.open(dir);
  const [entry, ...rest] = await next.journalList();
  expect(rest).toEqual([]);
  expect(entry).toMatchObject({ id, baseRevision: 0, changes: { standfirst: 'Talks begin on Tuesday.' } });
  expect(plainTextOf(entry!.changes.body!)).toContain('Yun Seok-yeol, who led the delegation');
  // Accepting them is an ordinary save, which clears the journal.
  await next.save(id, entry!.baseRevision, entry!.changes);
  expect(await next.journalList()).toEqual([]);
  expect((await next.read(id)).standfirst).toBe('Talks begin on Tuesday.');
});

it('clears what a save covered, keeps typing that came after the save began', async () => {
  const { id } = await lib.create();
  await lib.journalWrite(id, 0, { title: 'First draft' });
  await lib.save(id, 0, { title: 'First draft' });
  expect(await lib.journalList()).toEqual([]);

  const saving = lib.save(id, 1, { title: 'Second draft' });
  await new Promise((r) => setTimeout(r, 5));
  await lib.journalWrite(id, 1, { title: 'Second draft, still typing' });
  await saving;
  expect((await lib.journalList()).map((e) => e.changes.title)).toEqual(['Second draft, still typing']);
});

it('does not offer edits of purged or trashed articles, nor unreadable journal files', async () => {
  const a = await lib.create({ title: 'Trashed' });
  const b = await lib.create({ title: 'Purged' });
  await lib.journalWrite(a.id, 0, { title: 'Trashed, edited' });
  await lib.journalWrite(b.id, 0, { title: 'Purged, edited' });
  await lib.trash(a.id);
  await lib.trash(b.id);
  await lib.purge(b.id);
  await writeFile(join(dir, '.copydesk', 'journal', '0broken-000.json'), '{"id": "0broken-000", "chan');
  expect(await lib.journalList()).toEqual([]);
  expect((await readdir(join(dir, '.copydesk', 'journal'))).sort()).toEqual(['0broken-000.json', `${a.id}.json`]);
  await lib.restore(a.id);
  expect((await lib.journalList()).map((e) => e.changes.title)).toEqual(['Trashed, edited']);
});

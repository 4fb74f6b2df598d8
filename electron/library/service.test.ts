import { spawnSync } from 'node:child_process';
import { access, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainTextOf } from '../../shared/article/plainText.ts';
import { ApiError } from '../../shared/contract/errors.ts';
import { serializeArticle } from './articleFile.ts';
import { LibraryService } from './service.ts';
import { kyivBody, KYIV_PARAGRAPHS, makeTempDir } from './testing.ts';

let dir: string;
let cleanup: () => Promise<void>;
let lib: LibraryService;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  lib = await LibraryService.open(dir);
});
afterEach(async () => {
  await lib.close();
  await cleanup();
});

async function expectApiError(promise: Promise<unknown>, code: string, message?: RegExp): Promise<ApiError> {
  const err = await promise.then(
    () => { throw new Error(`expected ApiError ${code}, but the call succeeded`); },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  expect((err as ApiError).code).toBe(code);
  if (message) expect((err as ApiError).message).toMatch(message);
  return err as ApiError;
}

const exists = (path: string) => access(path).then(() => true, () => false);

describe('creating, listing and reading', () => {
  it('creates an article file named by a generated id, not by its title', async () => {
    const article = await lib.create({ title: '../../Delegation arrives in Kyiv' });
    expect(article.id).toMatch(/^[0-9a-z]{9}-[0-9a-f]{10}$/);
    expect(article.revision).toBe(0);
    expect(article.status).toBe('draft');
    const onDisk = JSON.parse(await readFile(join(dir, `${article.id}.json`), 'utf8'));
    expect(onDisk).toMatchObject({ format: 'copydesk-article', version: 1, id: article.id, title: '../../Delegation arrives in Kyiv' });
    expect(await readdir(dir)).toEqual(expect.arrayContaining([`${article.id}.json`]));
  });

  it('lists articles most recently edited first, with title, status and word count', async () => {
    let clock = Date.parse('2026-11-01T09:00:00Z');
    lib = await LibraryService.open(dir, { now: () => new Date((clock += 60_000)) });
    const first = await lib.create({ title: 'Delegation arrives in Kyiv' });
    const second = await lib.create({ title: 'Grain talks stall' });
    await lib.save(first.id, 0, { body: kyivBody(), status: 'in-review' });

    const listing = await lib.list();
    expect(listing.articles.map((a) => a.title)).toEqual(['Delegation arrives in Kyiv', 'Grain talks stall']);
    expect(listing.articles[0]).toMatchObject({ id: first.id, status: 'in-review', revision: 1, trashedAt: null });
    // Counted by hand: 18 + 16 + 16 ("Seok-yeol" and "3,000" are one word each).
    expect(listing.articles[0]!.wordCount).toBe(50);
    expect(listing.articles[1]).toMatchObject({ id: second.id, wordCount: 0 });
    expect(listing.trash).toEqual([]);
    expect(listing.damaged).toEqual([]);
  });

  it('reads back exactly what was saved', async () => {
    const { id } = await lib.create();
    await lib.save(id, 0, { title: 'Delegation arrives in Kyiv', byline: 'Min-ji Park', body: kyivBody(), tags: ['Ukraine', 'Korea'] });
    const reopened = await LibraryService.open(dir);
    const article = await reopened.read(id);
    expect(article).toMatchObject({ title: 'Delegation arrives in Kyiv', byline: 'Min-ji Park', tags: ['Ukraine', 'Korea'], revision: 1 });
    expect(plainTextOf(article.body)).toBe(KYIV_PARAGRAPHS.join('\n\n'));
  });

  it('answers not-found for an id that is not in the library', async () => {
    await expectApiError(lib.read('0000000000-abcdef'), 'not-found', /no article with id 0000000000-abcdef/);
  });

  it('notices files changed by another program since the cached listing', async () => {
    const { id } = await lib.create({ title: 'Old headline' });
    await lib.list(); // fills the metadata cache
    const path = join(dir, `${id}.json`);
    const article = JSON.parse(await readFile(path, 'utf8'));
    article.title = 'Headline edited in a text editor';
    await writeFile(path, JSON.stringify(article));
    const reopened = await LibraryService.open(dir);
    expect((await reopened.list()).articles[0]!.title).toBe('Headline edited in a text editor');
  });
});

describe('the metadata cache', () => {
  it('holds what was saved, so the next start lists without parsing the file again', async () => {
    const { id } = await lib.create({ title: 'Draft' });
    await lib.list();
    await lib.save(id, 0, { title: 'Delegation arrives in Kyiv', body: kyivBody() });
    await lib.close();
    const cache = JSON.parse(await readFile(join(dir, '.copydesk', 'summaries.json'), 'utf8'));
    expect(cache.entries[`${id}.json`].summary).toMatchObject({ title: 'Delegation arrives in Kyiv', revision: 1, wordCount: 50 });
    const reopened = await LibraryService.open(dir);
    expect((await reopened.list()).articles.map((a) => a.title)).toEqual(['Delegation arrives in Kyiv']);
  });
});

describe('saving', () => {
  it('renames an article by saving its title, and tells listeners', async () => {
    const { id } = await lib.create({ title: 'Draft' });
    const events: string[] = [];
    lib.events.subscribe((e) => { events.push(e.type); });
    const result = await lib.save(id, 0, { title: 'Delegation arrives in Kyiv' });
    expect(result.revision).toBe(1);
    expect(result.summary.title).toBe('Delegation arrives in Kyiv');
    expect(events).toEqual(['saved', 'renamed']);
    expect((await lib.list()).articles.map((a) => a.title)).toEqual(['Delegation arrives in Kyiv']);
  });

  it('refuses a save based on a stale revision and keeps the newer text on disk', async () => {
    const { id } = await lib.create();
    await lib.save(id, 0, { body: kyivBody() });
    const before = await readFile(join(dir, `${id}.json`), 'utf8');
    await expectApiError(lib.save(id, 0, { title: 'Written in a second window' }), 'conflict', /revision 1, your edits are based on 0/);
    expect(await readFile(join(dir, `${id}.json`), 'utf8')).toBe(before);
  });

  it('refuses a save when another program rewrote the file without changing its revision', async () => {
    const { id } = await lib.create({ title: 'Delegation arrives in Kyiv' });
    await lib.read(id);
    const path = join(dir, `${id}.json`);
    const article = JSON.parse(await readFile(path, 'utf8'));
    article.standfirst = 'Added by a colleague through the shared folder.';
    await writeFile(path, JSON.stringify(article, null, 2));
    await expectApiError(lib.save(id, 0, { standfirst: 'Mine' }), 'conflict', /changed on disk by another program/);
    expect(JSON.parse(await readFile(path, 'utf8')).standfirst).toBe('Added by a colleague through the shared folder.');
  });

  it('does not call it a conflict when a sync tool only touched the file', async () => {
    const { id } = await lib.create({ title: 'Delegation arrives in Kyiv' });
    await lib.read(id);
    const later = new Date(Date.now() + 60_000);
    await utimes(join(dir, `${id}.json`), later, later);
    expect((await lib.save(id, 0, { standfirst: 'Talks begin on Tuesday.' })).revision).toBe(1);
  });

  it('runs concurrent saves one after another, so the second sees the first', async () => {
    const { id } = await lib.create();
    const results = await Promise.allSettled([lib.save(id, 0, { title: 'A' }), lib.save(id, 0, { title: 'B' })]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((await lib.read(id)).title).toBe('A');
  });

  it('refuses changes that break the format, writing nothing', async () => {
    const { id } = await lib.create({ title: 'Kept' });
    await expectApiError(lib.save(id, 0, { status: 'printed' as never }), 'bad-request', /status/);
    expect((await lib.read(id)).title).toBe('Kept');
  });
});

describe('trash, restore and purge', () => {
  it('moves an article to .trash with the time, restores it, and purges it for good', async () => {
    const { id } = await lib.create({ title: 'Delegation arrives in Kyiv' });
    const trashed = await lib.trash(id);
    expect(trashed.trashedAt).not.toBeNull();
    expect(await exists(join(dir, `${id}.json`))).toBe(false);
    expect(JSON.parse(await readFile(join(dir, '.trash', `${id}.json`), 'utf8')).trashedAt).toBe(trashed.trashedAt);
    let listing = await lib.list();
    expect(listing.articles).toEqual([]);
    expect(listing.trash.map((a) => [a.title, a.trashedAt])).toEqual([['Delegation arrives in Kyiv', trashed.trashedAt]]);
    await expectApiError(lib.save(id, 0, { title: 'x' }), 'conflict', /in the trash/);

    const restored = await lib.restore(id);
    expect(restored.trashedAt).toBeNull();
    listing = await lib.list();
    expect(listing.articles.map((a) => a.id)).toEqual([id]);
    expect(listing.trash).toEqual([]);
    expect(await lib.read(id)).toMatchObject({ title: 'Delegation arrives in Kyiv' });

    await expectApiError(lib.purge(id), 'conflict', /not in the trash/);
    await lib.trash(id);
    expect(await lib.purge(id)).toEqual({ id });
    expect(await exists(join(dir, '.trash', `${id}.json`))).toBe(false);
    await expectApiError(lib.read(id), 'not-found');
  });
});

describe('crash safety', () => {
  it('leaves the old article intact when the process dies between write and rename', async () => {
    const { id } = await lib.create({ title: 'Delegation arrives in Kyiv' });
    await lib.save(id, 0, { body: kyivBody() });
    const path = join(dir, `${id}.json`);
    const before = await readFile(path, 'utf8');
    const durableUrl = pathToFileURL(join(import.meta.dirname, 'durable.ts')).href;
    const script = `
      const { writeFileDurable } = await import(${JSON.stringify(durableUrl)});
      await writeFileDurable(${JSON.stringify(path)}, '{"format":"copydesk-article","version":1,"id":"half-writ', {
        beforeRename: () => process.kill(process.pid, 'SIGKILL'),
      });`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');

    expect(await readFile(path, 'utf8')).toBe(before);
    const leftovers = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1); // the dead process's temp file, with the new bytes
    const listing = await lib.list();
    expect(listing.articles.map((a) => a.id)).toEqual([id]);
    expect(listing.damaged).toEqual([]);
    expect((await lib.read(id)).revision).toBe(1);

    // The next start clears stale temp files (age them past the in-flight grace period).
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, leftovers[0]!), old, old);
    await LibraryService.open(dir);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('damaged files', () => {
  it('lists unreadable files as damaged with a reason, never rewrites them, and opens the rest', async () => {
    const good = await lib.create({ title: 'Delegation arrives in Kyiv' });
    const { id: newerId } = await lib.create();
    const newer = serializeArticle(await lib.read(newerId)).replace('"version": 1', '"version": 7');
    await writeFile(join(dir, `${newerId}.json`), newer);
    const files: Record<string, string> = {
      '0badjson-000000.json': '{"format":"copydesk-article","version":1,"id":"0badjson-0000',
      '0wrongschema-00.json': JSON.stringify({ format: 'copydesk-article', version: 1, id: '0wrongschema-00', title: 42 }),
      'notes.txt': 'not an article, not listed',
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);

    const listing = await lib.list();
    expect(listing.articles.map((a) => a.id)).toEqual([good.id]);
    const reasons = Object.fromEntries(listing.damaged.map((d) => [d.fileName, d.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['0badjson-000000.json', '0wrongschema-00.json', `${newerId}.json`].sort());
    expect(reasons['0badjson-000000.json']).toMatch(/Not valid JSON/);
    expect(reasons['0wrongschema-00.json']).toMatch(/^Invalid article: /);
    expect(reasons[`${newerId}.json`]).toMatch(/written by a newer Copydesk \(format version 7/i);

    await expectApiError(lib.read('0badjson-000000'), 'damaged', /left untouched: Not valid JSON/);
    await expectApiError(lib.save('0badjson-000000', 0, { title: 'overwrite?' }), 'damaged');
    await expectApiError(lib.trash('0wrongschema-00'), 'damaged');
    await expectApiError(lib.save(newerId, 0, { title: 'overwrite?' }), 'damaged', /newer Copydesk/);
    await lib.list();
    for (const [name, text] of Object.entries(files)) expect(await readFile(join(dir, name), 'utf8')).toBe(text);
    expect(await readFile(join(dir, `${newerId}.json`), 'utf8')).toBe(newer);
  });

  it('reports a copied article whose id does not match its file name', async () => {
    const { id } = await lib.create({ title: 'Original' });
    await writeFile(join(dir, 'copy-of-article.json'), await readFile(join(dir, `${id}.json`)));
    const listing = await lib.list();
    expect(listing.articles.map((a) => a.id)).toEqual([id]);
    expect(listing.damaged).toEqual([{ fileName: 'copy-of-article.json', reason: expect.stringMatching(/says its id is/) }]);
  });
});

describe('ids that try to leave the library folder', () => {
  const hostile = ['../x', '../../etc/passwd', '/etc/passwd', '%2e%2e', '..', 'a/../../b', 'a\\..\\b', 'C:\\Windows', '', 'UPPER', 'x'.repeat(81), 'a\u0000b'];
  it.each(hostile)('refuses %j for every operation', async (id) => {
    for (const call of [() => lib.read(id), () => lib.save(id, 0, {}), () => lib.trash(id), () => lib.restore(id), () => lib.purge(id)]) {
      await expectApiError(call(), 'bad-request', /^id: /);
    }
  });
});

describe('a cold listing, watched while it reads', () => {
  it('reports the articles read so far, most recently edited first, until the listing answers', async () => {
    const { makeLibrary } = await import('../tools/make-library.ts');
    makeLibrary(dir, 400);
    const fresh = await LibraryService.open(dir);
    try {
      expect(fresh.listingProgress()).toBeNull();
      const listing = fresh.list();
      const seen: { shown: string[]; done: number; total: number }[] = [];
      let settled = false;
      void listing.finally(() => (settled = true));
      while (!settled) {
        const p = fresh.listingProgress(50);
        if (p) seen.push({ shown: p.articles.map((a) => a.updatedAt), ...p.progress });
        await new Promise((r) => setImmediate(r));
      }
      const full = await listing;
      expect(full.articles).toHaveLength(400);
      // Part of the library was on show before the whole of it.
      const partial = seen.filter((s) => s.done > 0 && s.done < s.total);
      expect(partial.length).toBeGreaterThan(0);
      for (const s of partial) {
        expect(s.total).toBe(400);
        expect(s.shown.length).toBeLessThanOrEqual(50);
        expect(s.shown).toEqual([...s.shown].sort().reverse());
      }
      expect(fresh.listingProgress()).toBeNull();
    } finally {
      await fresh.close();
    }
  });
});

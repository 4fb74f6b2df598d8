import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import { parseStyleBook } from '../../shared/analysis/styleBook.ts';
import type { Dispatch } from '../api/dispatch.ts';
import { openTestApi } from '../api/testing.ts';
import type { TestApi } from '../api/testing.ts';

let libraryDir: string;
let dispatch: Dispatch;
let call: TestApi['call'];
let close: () => Promise<void>;

beforeEach(async () => {
  let libraries: TestApi['libraries'];
  ({ libraryDir, libraries, dispatch, call, close } = await openTestApi('copydesk-stylebook-'));
  await libraries.current();
});
afterEach(() => close());

const HOUSE = [
  { preferred: 'Yoon Suk Yeol', variants: ['Yun Seok-yeol', 'Yoon Seok-yeol'] },
  { preferred: 'Kyiv', variants: ['Kiev'] },
];

describe('the style book in the library folder', () => {
  it('is empty, without a problem, when the library has no style-book.json', async () => {
    const book = await call('styleBook.get', {});
    expect(book).toMatchObject({ exists: false, entries: [], problem: null, version: null, path: join(libraryDir, 'style-book.json') });
  });

  it('saves in the documented format, reads back the same entries, and the engine applies it', async () => {
    const saved = await call('styleBook.save', { entries: HOUSE, name: 'Foreign desk', baseVersion: null });
    expect(saved.backupPath).toBeNull();
    const onDisk = JSON.parse(await readFile(join(libraryDir, 'style-book.json'), 'utf8'));
    expect(onDisk).toEqual({ name: 'Foreign desk', entries: { 'Yoon Suk Yeol': ['Yun Seok-yeol', 'Yoon Seok-yeol'], Kyiv: ['Kiev'] } });

    const again = await call('styleBook.get', {});
    expect(again).toMatchObject({ exists: true, name: 'Foreign desk', entries: HOUSE, problem: null, version: saved.version });

    // The file the app writes is one the engine (and so the CLI) accepts as it is.
    const result = analyze('The delegation arrived in Kiev on Tuesday.', { styleBook: parseStyleBook(onDisk) });
    expect(result.findings.filter((f) => f.check === 'style-book').map((f) => [f.text, f.suggestion])).toEqual([['Kiev', 'Kyiv']]);
  });

  it('keeps the previous book as style-book.json.bak when a new one is saved over it', async () => {
    const first = await call('styleBook.save', { entries: HOUSE, baseVersion: null });
    const firstBytes = await readFile(join(libraryDir, 'style-book.json'), 'utf8');
    const second = await call('styleBook.save', { entries: [...HOUSE, { preferred: 'percent', variants: ['per cent'] }], baseVersion: first.version });
    expect(second.backupPath).toBe(join(libraryDir, 'style-book.json.bak'));
    expect(await readFile(second.backupPath!, 'utf8')).toBe(firstBytes);
    expect(second.entries.map((e) => e.preferred)).toEqual(['Yoon Suk Yeol', 'Kyiv', 'percent']);
  });

  it('refuses to overwrite a book someone else saved since it was read, and changes nothing', async () => {
    const mine = await call('styleBook.get', {});
    await call('styleBook.save', { entries: HOUSE, baseVersion: null }); // a colleague, first
    const res = await dispatch('styleBook.save', { entries: [{ preferred: 'Kyiv', variants: ['Kiev'] }], baseVersion: mine.version });
    expect(res).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/changed since you opened it/) } });
    expect((await call('styleBook.get', {})).entries).toEqual(HOUSE);
  });

  it('is not listed as a damaged article by the library', async () => {
    await call('article.create', { title: 'Delegation arrives in Kyiv' });
    await call('styleBook.save', { entries: HOUSE, baseVersion: null });
    const listing = await call('library.list', {});
    expect(listing.articles).toHaveLength(1);
    expect(listing.damaged).toEqual([]);
  });
});

describe('a damaged style-book.json', () => {
  const damaged = '{"entries": {"Kyiv": ["Kiev"], "Yoon Suk Yeol": 7}}\n';

  it('is reported with what is wrong and never rewritten by reading', async () => {
    const path = join(libraryDir, 'style-book.json');
    await writeFile(path, damaged);
    const book = await call('styleBook.get', {});
    expect(book.exists).toBe(true);
    expect(book.entries).toEqual([]);
    expect(book.problem).toMatch(/^Style book entry "Yoon Suk Yeol": variants must be a list of strings, not a number\. The file is left as it is/);
    await call('styleBook.get', {});
    expect(await readFile(path, 'utf8')).toBe(damaged);
  });

  it('says so plainly when the file is not JSON at all', async () => {
    await writeFile(join(libraryDir, 'style-book.json'), '{"entries": {"Kyiv": ["Kiev"]');
    expect((await call('styleBook.get', {})).problem).toMatch(/^style-book\.json is not valid JSON \(/);
  });

  it('is replaced only by a deliberate save, which keeps its bytes under a name no later save reuses', async () => {
    await writeFile(join(libraryDir, 'style-book.json'), damaged);
    const book = await call('styleBook.get', {});
    // A save that did not start from the damaged file (no version) is refused.
    const blind = await dispatch('styleBook.save', { entries: HOUSE, baseVersion: null });
    expect(blind).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await readFile(join(libraryDir, 'style-book.json'), 'utf8')).toBe(damaged);

    const saved = await call('styleBook.save', { entries: HOUSE, baseVersion: book.version });
    expect(saved.problem).toBeNull();
    expect(saved.backupPath).toMatch(/style-book\.damaged-\d{8}T\d{6}Z\.json\.bak$/);
    expect(await readFile(saved.backupPath!, 'utf8')).toBe(damaged);
    await call('styleBook.save', { entries: HOUSE.slice(1), baseVersion: saved.version });
    expect(await readFile(saved.backupPath!, 'utf8')).toBe(damaged);
    const files = (await readdir(libraryDir)).filter((f) => f.startsWith('style-book')).sort();
    expect(files).toEqual(['style-book.damaged-' + saved.backupPath!.split('style-book.damaged-')[1], 'style-book.json', 'style-book.json.bak'].sort());
  });
});

describe('dispatch refuses hostile or inconsistent books before anything is written', () => {
  it.each([
    [{ entries: [{ preferred: 'Kyiv', variants: [] }], baseVersion: null }, /^entries\.0\.variants: An entry needs at least one variant\.$/],
    [{ entries: [{ preferred: '   ', variants: ['Kiev'] }], baseVersion: null }, /^entries\.0\.preferred: A spelling cannot be empty\.$/],
    [{ entries: [{ preferred: '__proto__', variants: ['polluted'] }], baseVersion: null }, /A spelling cannot be "__proto__"/],
    [{ entries: [{ preferred: 'Kyiv', variants: ['Kiev\nrm -rf'] }], baseVersion: null }, /one line of text without control characters/],
    [{ entries: [{ preferred: 'Kyiv', variants: ['x'.repeat(201)] }], baseVersion: null }, /at most 200 characters/],
    [{ entries: [{ preferred: 'Kyiv', variants: ['Kyiv'] }], baseVersion: null }, /"Kyiv" lists itself as a variant/],
    [{ entries: [{ preferred: 'Kyiv', variants: ['Kiev'] }, { preferred: 'Kyiv (city)', variants: ['Kiev'] }], baseVersion: null }, /"Kiev" is listed as a variant of both "Kyiv" and "Kyiv \(city\)"/],
    [{ entries: [{ preferred: 'Kyiv', variants: ['Kiev'] }, { preferred: 'Kyiv', variants: ['Kyjiw'] }], baseVersion: null }, /"Kyiv" has two entries/],
    [{ entries: { Kyiv: ['Kiev'] }, baseVersion: null }, /^entries: /],
    [{ entries: [], baseVersion: null, path: '/etc/passwd' }, /Unknown field\(s\): path/],
    [{ entries: [] }, /^baseVersion: /],
  ])('%j', async (input, message) => {
    const res = await dispatch('styleBook.save', input);
    expect(res).toEqual({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(message) } });
    expect((await readdir(libraryDir)).filter((f) => f.startsWith('style-book'))).toEqual([]);
  });
});

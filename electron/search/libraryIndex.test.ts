import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import { LibraryService } from '../library/service.ts';
import { kyivBody, makeTempDir } from '../library/testing.ts';
import { makeArticle } from '../tools/make-library.ts';
import { indexOnLibraryEvents } from './attach.ts';
import { LibraryIndex } from './libraryIndex.ts';
import { INDEX_FILE } from './persist.ts';

let dir: string;
let cleanup: () => Promise<void>;
let lib: LibraryService;
let index: LibraryIndex;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('copydesk-search-'));
  lib = await LibraryService.open(dir);
  index = await LibraryIndex.open(dir, { persistDelayMs: 60_000 });
  await index.ready;
  indexOnLibraryEvents(index, lib.events);
});
afterEach(async () => {
  await index.close();
  await lib.close();
  await cleanup();
});

const ids = async (query: string, extra: object = {}) => (await index.search({ query, ...extra })).hits.map((h) => h.id);

async function writeArticle(title: string, paragraphs: string[], extra: object = {}) {
  const a = await lib.create({ title });
  await lib.save(a.id, a.revision, { body: bodyFromParagraphs(paragraphs), byline: 'Anna Kowalczyk', ...extra });
  return a.id;
}

describe('updates on the library’s own changes', () => {
  it('finds an article by a phrase of its body once it is saved, with the words highlighted in the snippet', async () => {
    const a = await lib.create({ title: 'Delegation arrives' });
    expect(await ids('railway station')).toEqual([]);
    await lib.save(a.id, a.revision, { body: kyivBody() });
    const result = await index.search({ query: 'railway station' });
    expect(result.hits.map((h) => h.id)).toEqual([a.id]);
    const hit = result.hits[0]!;
    const marked = hit.snippet!.highlights.map(([s, e]) => hit.snippet!.text.slice(s, e));
    expect(marked).toEqual(['railway', 'station']);
    // The match points into the body's plain text, where the editor will select it.
    const body = (await lib.read(a.id)).body;
    const { plainTextOf } = await import('../../shared/article/plainText.ts');
    expect(plainTextOf(body).slice(hit.match!.start, hit.match!.end)).toBe('railway');
  });

  it('follows a rename: the new headline is found, the old one no longer', async () => {
    const id = await writeArticle('Grain corridor reopens', ['Ships left Odesa at dawn carrying wheat.']);
    expect(await ids('corridor')).toEqual([id]);
    const rev = (await lib.read(id)).revision;
    await lib.save(id, rev, { title: 'Wheat convoy sails from Odesa' });
    expect(await ids('corridor')).toEqual([]);
    expect(await ids('convoy')).toEqual([id]);
  });

  it('drops a trashed article and brings it back on restore', async () => {
    const id = await writeArticle('Harbour strike', ['Dock workers in Rotterdam walked out over pensions.']);
    await lib.trash(id);
    expect(await ids('dock workers')).toEqual([]);
    await lib.restore(id);
    expect(await ids('dock workers')).toEqual([id]);
  });

  it('matches as the user types (prefix), forgives a typo, and folds diacritics', async () => {
    const id = await writeArticle('Union talks', ['Tomasz Wiśniewski, the union spokesman, rejected the offer from the port authority.']);
    expect(await ids('spokes')).toEqual([id]);
    expect(await ids('Wisniewski')).toEqual([id]);
    expect(await ids('authorty')).toEqual([id]);
  });
});

describe('filters and sort', () => {
  it('narrows by status, tag and date and sorts by headline', async () => {
    const a = await writeArticle('Budget vote delayed', ['The council budget vote was delayed again.'], { status: 'published', tags: ['politics'] });
    const b = await writeArticle('Anger over budget cuts', ['Teachers protested against budget cuts.'], { status: 'draft', tags: ['education'] });
    expect(new Set(await ids('budget'))).toEqual(new Set([a, b]));
    expect(await ids('budget', { status: ['draft'] })).toEqual([b]);
    expect(await ids('budget', { tag: 'Politics' })).toEqual([a]);
    expect(await ids('budget', { sort: 'headline' })).toEqual([b, a]);
    expect(await ids('budget', { from: '2999-01-01' })).toEqual([]);
    // No words: the filters alone list the library.
    expect(await ids('', { status: ['published'] })).toEqual([a]);
  });

  it('answers a page of the best matches and counts all of them; a sort by headline pages the whole match set', async () => {
    const inTitle = await writeArticle('Flood defences fail in Leeds', ['The river rose overnight.']);
    const inBody = await writeArticle('Council meets', ['Residents asked about flood defences for the estate.']);
    const other = await writeArticle('Aardvark rescued', ['A keeper said the flood barrier held at the zoo.']);
    const page = await index.search({ query: 'flood', limit: 2 });
    expect(page.total).toBe(3);
    // The headline match ranks first (headlines weigh more than body text).
    expect(page.hits.map((h) => h.id)[0]).toBe(inTitle);
    expect(page.hits).toHaveLength(2);
    // Sorted by headline, the page starts at "Aardvark", whatever its relevance.
    expect(await ids('flood', { sort: 'headline', limit: 2 })).toEqual([other, inBody]);
  });
});

describe('changes made by other programs', () => {
  it('indexes a file another program added, re-reads one it changed and forgets one it removed', async () => {
    const outside = makeArticle(3);
    const path = join(dir, `${outside.id}.json`);
    await writeFile(path, JSON.stringify(outside));
    index.fileChanged(outside.id);
    expect(await ids(outside.title)).toContain(outside.id);

    await writeFile(path, JSON.stringify({ ...outside, body: bodyFromParagraphs(['Completely rewritten: a story about lighthouse keepers.']) }));
    index.fileChanged(outside.id);
    expect(await ids('lighthouse keepers')).toEqual([outside.id]);

    await rm(path);
    index.fileChanged(outside.id);
    expect(await ids('lighthouse')).toEqual([]);
  });
});

describe('the index on disk', () => {
  async function reopen(): Promise<LibraryIndex> {
    await index.close();
    index = await LibraryIndex.open(dir, { persistDelayMs: 60_000 });
    await index.ready;
    return index;
  }

  it('is reused when intact, and catches up with files changed while the app was closed', async () => {
    const kept = await writeArticle('Museum reopens', ['The national museum in Milan reopened after restoration.']);
    const gone = await writeArticle('Bridge repair', ['The bridge repair in Porto will take six weeks.']);
    await index.close();
    await rm(join(dir, `${gone}.json`));
    const outside = makeArticle(11);
    await writeFile(join(dir, `${outside.id}.json`), JSON.stringify(outside));

    index = await LibraryIndex.open(dir, { persistDelayMs: 60_000 });
    await index.ready;
    expect(index.rebuildReason).toBeNull();
    expect(await ids('restoration')).toEqual([kept]);
    expect(await ids('bridge repair')).toEqual([]);
    expect(index.index.has(outside.id)).toBe(true);
  });

  it('is rebuilt when missing', async () => {
    const id = await writeArticle('Flood defences', ['New flood defences were finished in Leeds.']);
    await index.close();
    await rm(join(dir, INDEX_FILE));
    await reopen();
    expect(index.rebuildReason).toBe('no search index yet');
    expect(await ids('flood defences')).toEqual([id]);
  });

  it('is rebuilt when damaged, and the damaged file is replaced by a good one', async () => {
    const id = await writeArticle('Cycle lane', ['The cycle lane on the ring road opened on Monday.']);
    await index.close();
    const text = await readFile(join(dir, INDEX_FILE), 'utf8');
    await writeFile(join(dir, INDEX_FILE), text.slice(0, text.length / 2));
    await reopen();
    expect(index.rebuildReason).toMatch(/damaged/);
    expect(await ids('cycle lane')).toEqual([id]);
    await reopen();
    expect(index.rebuildReason).toBeNull();
  });

  it('is rebuilt when built by another version', async () => {
    const id = await writeArticle('Market hall', ['The old market hall will become a library.']);
    await index.close();
    const data = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8'));
    await writeFile(join(dir, INDEX_FILE), JSON.stringify({ ...data, fingerprint: 'older' }));
    await reopen();
    expect(index.rebuildReason).toMatch(/another version/);
    expect(await ids('market hall')).toEqual([id]);
  });
});

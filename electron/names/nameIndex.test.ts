import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import type { Entity } from '../../shared/analysis/types.ts';
import { LibraryService } from '../library/service.ts';
import { makeTempDir } from '../library/testing.ts';
import { makeArticle } from '../tools/make-library.ts';
import { namesOnLibraryEvents } from './attach.ts';
import { namesOfEntities } from './extract.ts';
import { formatNamesReport, libraryNamesReport } from './libraryNamesReport.ts';
import { NameIndex } from './nameIndex.ts';

/**
 * The engine's part — finding the names in a text — is replaced here by a gazetteer of the
 * spellings these articles use, grouped as the engine groups variants inside one article. What
 * is under test is the library-wide part: indexing, clustering across articles, the report and
 * the per-article finding.
 */
const GAZETTEER: string[][] = [
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy'],
  ['Olaf Scholz', 'Scholz'],
  ['Martin Schulz', 'Schulz'],
  ['Yoon Suk Yeol', 'Yun Seok-yeol', 'Yoon'],
];
function gazetteerEntities(text: string): Entity[] {
  const out: Entity[] = [];
  for (const forms of GAZETTEER) {
    const variants = forms
      .map((f) => ({ text: f, count: text.split(new RegExp(`\\b${f}\\b(?![- ]?[A-Z])`, 'g')).length - 1, ranges: [] }))
      .filter((v) => v.count > 0);
    if (variants.length > 0) out.push({ name: variants[0]!.text, kind: 'person', mentions: [], variants });
  }
  return out;
}
const extract = (text: string) => namesOfEntities(gazetteerEntities(text));

let dir: string;
let cleanup: () => Promise<void>;
let lib: LibraryService;
let names: NameIndex;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('copydesk-names-'));
  lib = await LibraryService.open(dir);
  names = await NameIndex.open(dir, { extract, persistDelayMs: 60_000 });
  await names.ready;
  namesOnLibraryEvents(names, lib.events);
});
afterEach(async () => {
  await names.close();
  await lib.close();
  await cleanup();
});

async function article(title: string, paragraphs: string[]) {
  const a = await lib.create({ title });
  await lib.save(a.id, a.revision, { body: bodyFromParagraphs(paragraphs) });
  return a.id;
}

describe('library-wide name spellings', () => {
  it('tells an article that spells a name differently from the rest of the library, with counts and the library’s form', async () => {
    const usual = [];
    for (const city of ['Kyiv', 'Lviv', 'Odesa']) {
      usual.push(await article(`Visit to ${city}`, [`President Volodymyr Zelensky visited ${city} on Monday. Zelensky met soldiers.`]));
    }
    const odd = await article('Interview', ['Volodymyr Zelenskyy spoke to reporters. Zelenskyy said aid was late.']);

    const findings = names.check(odd);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ text: 'Volodymyr Zelenskyy', suggestion: 'Volodymyr Zelensky', libraryArticles: 3, sameSpellingArticles: 0 });
    expect(findings[0]!.message).toBe('This article spells it “Volodymyr Zelenskyy”; 3 other articles use “Volodymyr Zelensky”.');
    // The articles that follow the library's form are not told anything.
    for (const id of usual) expect(names.check(id)).toEqual([]);
  });

  it('checks the live text of an article being edited, before it is saved', async () => {
    await article('Visit', ['President Volodymyr Zelensky visited Kyiv.']);
    const draft = await article('Draft', ['Nothing yet.']);
    expect(names.check(draft)).toEqual([]);
    expect(names.check(draft, ['Volodymyr Zelenskyy'])[0]?.suggestion).toBe('Volodymyr Zelensky');
  });

  it('lists every name spelled more than one way, and which articles use which spelling, but not different people', async () => {
    const a = await article('Seoul talks', ['President Yoon Suk Yeol met Chancellor Olaf Scholz in Seoul.']);
    const b = await article('Berlin talks', ['Yun Seok-yeol arrived in Berlin, where Martin Schulz greeted him.']);
    const report = names.report();
    expect(report.articles).toBe(2);
    expect(report.names).toHaveLength(1);
    const entry = report.names[0]!;
    expect(entry.spellings.map((s) => [s.text, s.articleIds])).toEqual(
      expect.arrayContaining([['Yoon Suk Yeol', [a]], ['Yun Seok-yeol', [b]]]),
    );
    expect(formatNamesReport(report)).toContain('Yun Seok-yeol — 1 article');
  });

  it('follows saves, trash and files changed by other programs', async () => {
    const a = await article('One', ['Volodymyr Zelensky spoke.']);
    const b = await article('Two', ['Volodymyr Zelenskyy spoke.']);
    expect(names.report().names).toHaveLength(1);
    await lib.trash(b);
    expect(names.report().names).toEqual([]);
    await lib.restore(b);
    expect(names.report().names).toHaveLength(1);
    // Another program rewrites article a with the other spelling.
    const onDisk = await lib.read(a);
    await writeFile(join(dir, `${a}.json`), JSON.stringify({ ...onDisk, body: bodyFromParagraphs(['Volodymyr Zelenskyy spoke again.']) }));
    names.fileChanged(a);
    expect(names.report().names).toEqual([]);
  });

  it('is persisted and reused, re-reading only files that changed', async () => {
    await article('One', ['Volodymyr Zelensky spoke.']);
    await article('Two', ['Volodymyr Zelenskyy spoke.']);
    await names.close();
    let calls = 0;
    names = await NameIndex.open(dir, { extract: (t) => (calls++, extract(t)), persistDelayMs: 60_000 });
    await names.ready;
    expect(calls).toBe(0);
    expect(names.report().names).toHaveLength(1);
  });
});

describe('libraryNamesReport (for the CLI)', () => {
  it('refuses a path that is not a folder with a clear message', async () => {
    await expect(libraryNamesReport(join(dir, 'missing'))).rejects.toThrow(/is not a folder/);
  });

  it('reports on a generated library folder', async () => {
    for (let i = 0; i < 30; i++) {
      const a = makeArticle(i);
      await writeFile(join(dir, `${a.id}.json`), JSON.stringify(a));
    }
    const report = await libraryNamesReport(dir);
    expect(report.articles).toBe(30);
    expect(report.indexing).toBeNull();
  });
});

describe('with the analysis engine finding the names', () => {
  it('reports the article whose spelling differs from the library’s, on real-looking copy', async () => {
    const real = await NameIndex.open(dir, { persistDelayMs: 60_000 });
    await real.ready;
    namesOnLibraryEvents(real, lib.events);
    try {
      for (const city of ['Kharkiv', 'Odesa']) {
        await article(`Zelensky visits ${city}`, [
          `President Volodymyr Zelensky visited ${city} on Monday, his first trip to the region since the spring.`,
          `Zelensky met soldiers and local officials, his office said in a statement.`,
        ]);
      }
      const odd = await article('Aid delayed, says president', [
        'Volodymyr Zelenskyy told reporters in Kyiv that promised air defence systems had not arrived.',
        '"We cannot wait for another summer," Zelenskyy said.',
      ]);
      const findings = real.check(odd);
      expect(findings.map((f) => [f.text, f.suggestion, f.libraryArticles])).toEqual([['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 2]]);
      const report = real.report();
      expect(report.names.map((n) => n.form)).toEqual(['Volodymyr Zelensky']);
    } finally {
      await real.close();
    }
  });
});

/**
 * `copydesk check --library DIR FILE...` uses the house style book the app keeps in the library
 * folder (DIR/style-book.json), so the desk's pipeline checks copy against the same book.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleJson, tempDir } from './testFiles.ts';

const BIN = fileURLToPath(new URL('./bin.js', import.meta.url));

function copydesk(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: tempDir() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding { check: string; text: string; suggestion?: string }
const styleFindings = (stdout: string) =>
  (JSON.parse(stdout).files[0].findings as JsonFinding[]).filter((f) => f.check === 'style-book').map((f) => [f.text, f.suggestion]);

const COPY = [
  'A South Korean parliamentary delegation arrived in Kiev on Tuesday, the first such visit since the war began.',
  'The lawmakers will meet officials in Kiev and Lviv to discuss reconstruction aid, the delegation said.',
].join('\n\n');

describe('copydesk check --library DIR FILE', { timeout: 120_000 }, () => {
  const dir = tempDir();
  const story = join(dir, 'kyiv-visit.txt');
  writeFileSync(story, COPY);

  function library(name: string, styleBook?: string) {
    const path = join(dir, name);
    mkdirSync(path);
    const article = articleJson('Delegation visits Ukraine', COPY.split('\n\n'));
    writeFileSync(join(path, 'delegation-visit.json'), JSON.stringify({ ...article, id: 'delegation-visit' }));
    if (styleBook !== undefined) writeFileSync(join(path, 'style-book.json'), styleBook);
    return path;
  }

  it("checks the files with the library's style-book.json, and the library still counts only its articles", () => {
    const lib = library('with-book', JSON.stringify({ entries: { Kyiv: ['Kiev'] } }, null, 2));
    const r = copydesk('check', '--json', '--library', lib, story);
    expect(r.stderr).toBe('');
    expect(styleFindings(r.stdout)).toEqual([['Kiev', 'Kyiv'], ['Kiev', 'Kyiv']]);
    expect(JSON.parse(r.stdout).library.articles).toBe(1);
    // Without --library the same file is checked without any book, as before.
    expect(styleFindings(copydesk('check', '--json', story).stdout)).toEqual([]);
  });

  it('lets --style-book name another book, and a library without a book checks without one', () => {
    const lib = library('other-book', JSON.stringify({ entries: { Kyiv: ['Kiev'] } }));
    const other = join(dir, 'lviv-book.json');
    writeFileSync(other, JSON.stringify({ Lviv: ['Lvov', 'Lwów'], 'reconstruction aid': ['rebuilding aid'] }));
    writeFileSync(join(dir, 'lvov.txt'), 'The delegation travelled on to Lvov by train.');
    const r = copydesk('check', '--json', '--library', lib, '--style-book', other, join(dir, 'lvov.txt'));
    expect(styleFindings(r.stdout)).toEqual([['Lvov', 'Lviv']]);

    const bare = copydesk('check', '--json', '--library', library('no-book'), story);
    expect(bare.status).toBe(0);
    expect(styleFindings(bare.stdout)).toEqual([]);
  });

  it("refuses a damaged library book with one line and status 2, and leaves it as it was", () => {
    const damaged = '{"entries": {"Kyiv": "Kiev", "Yoon Suk Yeol": 7}}';
    const lib = library('damaged-book', damaged);
    const r = copydesk('check', '--library', lib, story);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`copydesk check: ${join(lib, 'style-book.json')}: Style book entry "Yoon Suk Yeol": variants must be a list of strings, not a number.\n`);
    expect(readFileSync(join(lib, 'style-book.json'), 'utf8')).toBe(damaged);
    // The names report alone does not need the book and still runs.
    expect(copydesk('check', '--library', lib).status).toBe(0);
  });
});

/**
 * The real `copydesk` command, run as a child process the way a newsroom pipeline runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleJson, seedParagraphs, seedText, tempDir, writeDocx } from './testFiles.ts';

const BIN = fileURLToPath(new URL('./bin.js', import.meta.url));

function copydesk(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: tempDir() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Copy with nothing a copy editor would flag: names consistent, quotes attributed, no acronyms,
// no conflicting figures, no page furniture.
const CLEAN = [
  'Flood defences in the river town of Hallow held overnight after two days of heavy rain, the county council said on Tuesday.',
  'Council leader Maria Okafor said crews had worked through the night to reinforce the embankment near the old mill.',
  '"We were lucky this time, and we know it," Okafor said.',
].join('\n\n');

// Each test spawns real processes; on a busy two-core machine that takes seconds, not ms.
describe('copydesk check', { timeout: 120_000 }, () => {
  const dir = tempDir();

  it('prints help and exits 0', () => {
    const r = copydesk('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: copydesk check \[--json\]/);
    expect(r.stdout).toMatch(/Exit status: 0 no errors found, 1 errors found, 2 bad usage/);
  });

  it('exits 0 with a summary line for clean copy in every input format', async () => {
    const paragraphs = CLEAN.split('\n\n');
    writeFileSync(join(dir, 'clean.txt'), CLEAN);
    writeFileSync(join(dir, 'clean.md'), `# Flood defences hold\n\n${paragraphs.join('\n\n')}`);
    writeFileSync(join(dir, 'clean.html'), `<h1>Flood defences hold</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`);
    await writeDocx(join(dir, 'clean.docx'), paragraphs);
    writeFileSync(join(dir, 'clean.json'), JSON.stringify(articleJson('Flood defences hold', paragraphs)));
    const files = ['clean.txt', 'clean.md', 'clean.html', 'clean.docx', 'clean.json'].map((f) => join(dir, f));
    const r = copydesk('check', ...files);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('No problems found (5 files checked).\n');
    expect(r.status).toBe(0);
  });

  it('prints --json in the documented shape, one entry per file, offsets into the analysed text', () => {
    const path = join(dir, 'json-clean.txt');
    writeFileSync(path, CLEAN);
    const r = copydesk('check', '--json', path);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: unknown[]; quotes: { text: string; start: number; end: number; speaker: string | null }[]; entities: unknown[] }[] };
    expect(out.files).toHaveLength(1);
    expect(out.files[0]).toMatchObject({ path, findings: [] });
    expect(Array.isArray(out.files[0]!.quotes)).toBe(true);
    expect(Array.isArray(out.files[0]!.entities)).toBe(true);
    for (const q of out.files[0]!.quotes) expect(CLEAN.slice(q.start, q.end)).toBe(q.text);
  });

  it('exits 2 with one clear line per unreadable file and still checks the others', () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, CLEAN);
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7');
    mkdirSync(join(dir, 'folder.md'), { recursive: true });
    const r = copydesk('check', join(dir, 'missing.txt'), join(dir, 'scan.pdf'), join(dir, 'folder.md'), good);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/missing\.txt: cannot read it \(no such file\)$/);
    expect(lines[1]).toMatch(/scan\.pdf: cannot check "\.pdf" files/);
    expect(lines[2]).toMatch(/folder\.md: (not a file|cannot read it)/);
    expect(r.stdout).toMatch(/\(1 file checked, 3 could not be read\)\.\n$/);
  });

  it('exits 2 on bad usage with one line on stderr', () => {
    for (const args of [[], ['check'], ['check', '--colour', 'a.txt'], ['publish', 'a.txt']]) {
      const r = copydesk(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('exits 2 on a file too large to be an article, without reading it', () => {
    const path = join(dir, 'dump.txt');
    writeFileSync(path, Buffer.alloc(21 * 1024 * 1024, 0x61));
    const r = copydesk('check', path);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/dump\.txt: too large to check \(21\.0 MB; the limit is 20 MB\)\n$/);
  });

  it('runs as an npm bin after install (the package.json bin entry)', () => {
    const out = execFileSync('npm', ['exec', '--offline', '--', 'copydesk', '--version'], { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    expect(out).toMatch(/^copydesk \d+\.\d+\.\d+\n$/);
  });

  it('reports the seed article like a linter: file:line:col, severity, message, check; exit 1 for an error', () => {
    const path = join(dir, 'korea.txt');
    writeFileSync(path, seedText());
    const r = copydesk('check', path);
    expect(r.status).toBe(1);
    const at = seedText().indexOf('about 3000 troops');
    const line = seedText().slice(0, at).split('\n').length;
    const column = at - seedText().lastIndexOf('\n', at - 1);
    expect(r.stdout).toContain(`${path}:${line}:${column}  error  `);
    expect(r.stdout).toMatch(/about 10 troops.*\[numbers\]\n/);
    expect(r.stdout).toMatch(/\n\d+ problems \(1 error, \d+ warnings?, \d+ info\) in 1 file checked\.\n$/);
  });

  it('applies a house style book: the listed variant is a finding with the preferred form as fix', () => {
    const path = join(dir, 'korea-style.txt');
    writeFileSync(path, seedText());
    const book = join(dir, 'style.json');
    writeFileSync(book, JSON.stringify({ entries: { 'Yoon Suk Yeol': ['Yun Seok-yeol', 'Yoon Seok-yeol'], Kyiv: ['Kiev'] } }));
    const r = copydesk('check', '--json', '--style-book', book, path);
    const findings = JSON.parse(r.stdout).files[0].findings as { check: string; text: string; suggestion?: string; start: number; end: number }[];
    const style = findings.filter((f) => f.check === 'style-book');
    expect(style.map((f) => [f.text, f.suggestion])).toEqual([
      ['Yun Seok-yeol', 'Yoon Suk Yeol'],
      ['Yoon Seok-yeol', 'Yoon Suk Yeol'],
    ]);
    for (const f of findings) expect(seedText().slice(f.start, f.end)).toBe(f.text);
  });

  it('refuses a broken style book with one line and status 2', () => {
    const book = join(dir, 'typo-style.json');
    writeFileSync(book, '{"entries": {"Kyiv": "Kiev",}}');
    const r = copydesk('check', '--style-book', book, join(dir, 'anything.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^copydesk check: .*typo-style\.json: cannot read the style book \(not valid JSON: .*\)\n$/);
  });

  it('finds the same things, with the same ids, in the seed article as .txt, .md, .html, .docx and a Copydesk article', async () => {
    const paragraphs = seedParagraphs();
    writeFileSync(join(dir, 'seed.txt'), paragraphs.join('\n\n'));
    writeFileSync(join(dir, 'seed.md'), paragraphs.join('\n\n'));
    writeFileSync(join(dir, 'seed.html'), `<html><body>${paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</body></html>`);
    await writeDocx(join(dir, 'seed.docx'), paragraphs);
    writeFileSync(join(dir, 'seed.json'), JSON.stringify(articleJson(paragraphs[0]!, paragraphs.slice(1))));
    const names = ['seed.txt', 'seed.md', 'seed.html', 'seed.docx', 'seed.json'];
    const r = copydesk('check', '--json', ...names.map((n) => join(dir, n)));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const files = JSON.parse(r.stdout).files as { findings: { id: string; check: string; text: string }[] }[];
    const summary = (i: number) => files[i]!.findings.map((f) => `${f.id} ${f.check} ${f.text}`);
    expect(summary(0).length).toBeGreaterThan(2);
    for (let i = 1; i < names.length; i++) expect(summary(i), names[i]).toEqual(summary(0));
  });

  it('reports names spelled differently across a library folder (--library)', () => {
    const library = join(dir, 'library');
    mkdirSync(library);
    const kharkiv = articleJson('Zelenskyy visits Kharkiv', ['Ukrainian President Volodymyr Zelenskyy visited Kharkiv on Monday.', '"We will rebuild," Zelenskyy said.']);
    const brussels = articleJson('Zelensky meets Rutte', ['Ukrainian President Volodymyr Zelensky met Mark Rutte in Brussels on Tuesday.', '"The talks were useful," Zelensky said.']);
    writeFileSync(join(library, 'zelenskyy-kharkiv.json'), JSON.stringify({ ...kharkiv, id: 'zelenskyy-kharkiv' }));
    writeFileSync(join(library, 'zelensky-brussels.json'), JSON.stringify({ ...brussels, id: 'zelensky-brussels' }));
    const r = copydesk('check', '--library', library);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 articles: 1 name is spelled more than one way\./);
    expect(r.stdout).toMatch(/Volodymyr Zelensky — 1 article: zelensky-brussels/);
    expect(r.stdout).toMatch(/Volodymyr Zelenskyy — 1 article: zelenskyy-kharkiv/);
    const json = JSON.parse(copydesk('check', '--json', '--library', library).stdout);
    expect(json.library.articles).toBe(2);
    expect(json.files).toEqual([]);
    const missing = copydesk('check', '--library', join(dir, 'no-library'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no-library is not a folder/);
  });

  it("honours a Copydesk article's own dismissed findings", () => {
    const paragraphs = seedParagraphs();
    const before = copydesk('check', '--json', join(dir, 'seed.txt'));
    const conflict = (JSON.parse(before.stdout).files[0].findings as { id: string; check: string; severity: string }[]).find((f) => f.check === 'numbers' && f.severity === 'error')!;
    const path = join(dir, 'dismissed.json');
    writeFileSync(path, JSON.stringify(articleJson(paragraphs[0]!, paragraphs.slice(1), [conflict.id])));
    const r = copydesk('check', '--json', path);
    const ids = (JSON.parse(r.stdout).files[0].findings as { id: string }[]).map((f) => f.id);
    expect(ids).not.toContain(conflict.id);
    expect(ids.length).toBeGreaterThan(0);
  });
});

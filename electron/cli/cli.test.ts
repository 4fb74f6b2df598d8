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

describe('copydesk check', () => {
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

  it('never writes raw control characters from the checked text to the terminal', () => {
    const path = join(dir, 'escape.txt');
    writeFileSync(path, seedText().replace('Yun Seok-yeol', 'Yun \u001b[2JSeok-yeol'));
    const r = copydesk('check', path);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout.split('\n').filter((l) => l !== '').length).toBeGreaterThan(0);
  });

  it('runs as an npm bin after install (the package.json bin entry)', () => {
    const out = execFileSync('npm', ['exec', '--offline', '--', 'copydesk', '--version'], { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    expect(out).toMatch(/^copydesk \d+\.\d+\.\d+\n$/);
  });

  it('checks a Word document made from the seed article', async () => {
    const path = join(dir, 'seed.docx');
    await writeDocx(path, seedParagraphs());
    const r = copydesk('check', '--json', path);
    expect([0, 1]).toContain(r.status);
    expect(JSON.parse(r.stdout).files[0].path).toBe(path);
  });
});

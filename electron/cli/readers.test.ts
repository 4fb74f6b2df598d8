import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, MAX_INPUT_BYTES, readInput } from './readers.ts';
import { lineIndex } from './source.ts';
import { articleJson, seedParagraphs, seedText, tempDir, writeDocx } from './testFiles.ts';

/** The source line:col where `needle` (as analysed) came from. */
async function whereIs(path: string, needle: string) {
  const input = await readInput(path);
  const at = input.text.indexOf(needle);
  expect(at, `"${needle}" in the analysed text`).toBeGreaterThanOrEqual(0);
  const src = (input.toSource ?? ((o: number) => o))(at);
  return { text: input.text, sourceSlice: input.source.slice(src, src + needle.length), ...lineIndex(input.source)(src) };
}

describe('readInput', () => {
  const dir = tempDir();

  it('reads a .txt file as it is, so offsets are offsets into the file', async () => {
    const path = join(dir, 'seed.txt');
    writeFileSync(path, seedText());
    const input = await readInput(path);
    expect(input.text).toBe(seedText());
  });

  it('strips Markdown markup and maps every character back to the .md line it came from', async () => {
    const path = join(dir, 'story.md');
    writeFileSync(
      path,
      [
        '---',
        'title: Delegation',
        '---',
        '# South Korean delegation to visit *Kyiv*',
        '',
        'South Korean President **Yun Seok-yeol** shared the plan with',
        'the [North Atlantic Treaty Organization](https://www.nato.int) (NATO).',
        '',
        '> "This is a serious situation," - Yun noted.',
        '',
        '- Seoul says about 3000 troops were sent',
        '',
        '```',
        'not = "copy"',
        '```',
      ].join('\n'),
    );
    const { text } = await whereIs(path, 'Yun Seok-yeol');
    expect(text).toBe(
      'South Korean delegation to visit Kyiv\n\nSouth Korean President Yun Seok-yeol shared the plan with the North Atlantic Treaty Organization (NATO).' +
        '\n\n"This is a serious situation," - Yun noted.\n\nSeoul says about 3000 troops were sent',
    );
    expect(await whereIs(path, 'Yun Seok-yeol')).toMatchObject({ line: 6, column: 26, sourceSlice: 'Yun Seok-yeol' });
    // A soft-wrapped line joins its paragraph but still points at its own line.
    expect(await whereIs(path, '(NATO)')).toMatchObject({ line: 7, sourceSlice: '(NATO)' });
    expect(await whereIs(path, 'about 3000')).toMatchObject({ line: 11, column: 14 });
  });

  it('takes the visible text of HTML block by block, drops scripts and styles and executes nothing', async () => {
    const path = join(dir, 'page.html');
    writeFileSync(
      path,
      `<!DOCTYPE html><html><head><title>ElitExpert</title><style>p { color: red }</style>
<script>document.write("<p>injected by script</p>")</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>The delegation of South Korea will visit Ukraine</h1>
<p>South Korean President <b>Yun Seok-yeol</b> shared the plan with
   <a href="javascript:alert(1)">Mark Rutte</a>.</p>
<p onmouseover="alert(2)">&ldquo;This is a serious situation,&rdquo; &mdash; Yun noted.<img src=x onerror="alert(3)"></p>
<iframe src="https://evil.example/"></iframe></article>
<footer><p>Phone: +38-093-928-22-37</p><p>Copyright &copy; 2020. ELITEXPERT GROUP</p></footer></body></html>`,
    );
    const { text } = await whereIs(path, 'Yun Seok-yeol');
    expect(text.split('\n\n')).toEqual([
      'Home News',
      'The delegation of South Korea will visit Ukraine',
      'South Korean President Yun Seok-yeol shared the plan with Mark Rutte.',
      '“This is a serious situation,” — Yun noted.',
      'Phone: +38-093-928-22-37',
      'Copyright © 2020. ELITEXPERT GROUP',
    ]);
    expect(await whereIs(path, 'Mark Rutte')).toMatchObject({ line: 6, sourceSlice: 'Mark Rutte' });
    expect(text).not.toMatch(/injected|color|alert|ElitExpert/);
  });

  it('survives absurdly deep HTML nesting', async () => {
    const path = join(dir, 'deep.html');
    writeFileSync(path, `${'<div><span>'.repeat(100_000)}Rutte said.${'</span></div>'.repeat(100_000)}`);
    expect((await readInput(path)).text).toBe('Rutte said.');
  });

  it('reads the paragraphs of a Word document', async () => {
    const path = join(dir, 'story.docx');
    await writeDocx(path, seedParagraphs());
    const input = await readInput(path);
    expect(input.text.split('\n\n')).toEqual(seedParagraphs());
  });

  it('reads a Copydesk article: headline and body, with its dismissed findings', async () => {
    const path = join(dir, 'article.json');
    const paragraphs = seedParagraphs().slice(2, 6);
    writeFileSync(path, JSON.stringify(articleJson('South Korean delegation to visit Ukraine', paragraphs, ['names:abc'])));
    const input = await readInput(path);
    expect(input.text).toBe(['South Korean delegation to visit Ukraine', ...paragraphs].join('\n\n'));
    expect(input.dismissed).toEqual(['names:abc']);
  });

  it('refuses what it cannot read with one clear message each', async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['notes.pdf', '%PDF-1.7', /cannot check "\.pdf" files/],
      ['README', 'text', /without an extension/],
      ['binary.txt', Buffer.from([0x4b, 0x79, 0x00, 0x69, 0x76]), /binary data/],
      ['latin1.txt', Buffer.from('Erdo\xf0an', 'latin1'), /not valid UTF-8/],
      ['old.docx', 'This was a .doc renamed', /not a Word \.docx document/],
      ['broken.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]), /cannot read this Word document/],
      ['broken.json', '{"title": "Kyiv",', /not valid JSON/],
      ['other.json', '{"name": "copydesk"}', /not a Copydesk article/],
    ];
    for (const [name, content, message] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      await expect(readInput(path), name).rejects.toThrow(message);
      await expect(readInput(path)).rejects.toBeInstanceOf(InputError);
    }
    await expect(readInput(join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt: cannot read it \(no such file\)/);
    await expect(readInput(join(dir, 'folder.txt'))).rejects.toThrow(/cannot read it|not a file/);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
    await expect(readInput(path)).rejects.toThrow(/too large to check \(20\.0 MB; the limit is 20 MB\)/);
  });
});

import { describe, expect, it } from 'vitest';
import { isSpace, makeDoc, splitSentences } from './doc.ts';

describe('makeDoc', () => {
  it('splits on line breaks, keeps absolute offsets and skips blank lines', () => {
    const text = 'Kyiv\n\nThe delegation will visit.\r\nSecond line.\n';
    const doc = makeDoc(text);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Kyiv', 'The delegation will visit.', 'Second line.']);
    for (const p of doc.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('splitSentences', () => {
  it('does not split after titles, initials or inside quotes', () => {
    const p = 'Mr. Rutte met J. Smith in Brussels. "It was useful," he said. Talks resume on Monday.';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'Mr. Rutte met J. Smith in Brussels.',
      '"It was useful," he said.',
      'Talks resume on Monday.',
    ]);
  });
  it('reads abbreviations only before a lone full stop, not after ?. or !. or a closing bracket', () => {
    const p = 'Was it Gen. Smith?. No. It was Col. Ray!. "He left." (So did J. Smith.) Talks end on Friday.';
    // "No." is taken for the abbreviation of "number", as before: the sentence runs on.
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'Was it Gen. Smith?.',
      'No. It was Col. Ray!.',
      '"He left."',
      '(So did J. Smith.)',
      'Talks end on Friday.',
    ]);
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });
  it('keeps a closing quote with its sentence', () => {
    const p = 'He said: "We will win." Then he left.';
    expect(splitSentences(p).map((s) => s.text)).toEqual(['He said: "We will win."', 'Then he left.']);
  });
});

describe('isSpace', () => {
  it('is exactly what the regex \\s matches, on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /^\s$/u.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
    expect(isSpace('\u00a0'.charCodeAt(0))).toBe(true);
    expect(isSpace('\u3000'.charCodeAt(0))).toBe(true);
    expect(isSpace('-'.charCodeAt(0))).toBe(false);
  });
});

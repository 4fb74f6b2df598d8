import { describe, expect, it } from 'vitest';
import { parseStyleBook, styleBookChecker } from './styleBook.ts';
import { runChecker } from './testing.ts';
import type { StyleBook } from './types.ts';

const book: StyleBook = parseStyleBook({
  entries: {
    'Yoon Suk Yeol': ['Yun Seok-yeol', 'Yoon Seok-yeol', 'Yoon'],
    Kyiv: ['Kiev'],
    percent: ['per cent'],
  },
});
const check = (text: string, styleBook: StyleBook = book) => runChecker(styleBookChecker, text, { styleBook }).findings;

describe('style-book checker', () => {
  it('flags each listed variant with the preferred form as the fix', () => {
    const text =
      'South Korean President Yun Seok-yeol spoke to Rutte on Tuesday.\n\n' +
      'Yoon Seok-yeol said a delegation would travel to Kiev this week.';
    const found = check(text);
    expect(found.map((f) => [f.text, f.suggestion])).toEqual([
      ['Yun Seok-yeol', 'Yoon Suk Yeol'],
      ['Yoon Seok-yeol', 'Yoon Suk Yeol'],
      ['Kiev', 'Kyiv'],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toContain('"Yoon Suk Yeol"');
  });

  it('matches whole words, keeps possessives outside the span and respects case for names', () => {
    const text = "Kiev's mayor met Kievan historians. The kiev dish was served in Kiev-based restaurants.";
    const found = check(text);
    expect(found.map((f) => [text.slice(f.start, f.end + 2), f.suggestion])).toEqual([
      ["Kiev's", 'Kyiv'],
      ['Kiev-b', 'Kyiv'],
    ]);
  });

  it('matches lower-case variants in any case and keeps the capital in the fix', () => {
    const found = check('Per cent signs were removed; turnout rose 5 per cent.');
    expect(found.map((f) => [f.text, f.suggestion])).toEqual([
      ['Per cent', 'Percent'],
      ['per cent', 'percent'],
    ]);
  });

  it('never flags the preferred form, even where a shorter variant sits inside it', () => {
    expect(check('President Yoon Suk Yeol arrived in Kyiv.')).toEqual([]);
    expect(check('Later, Yoon said the talks went well.').map((f) => f.text)).toEqual(['Yoon']);
  });

  it('gives each occurrence its own id that survives edits elsewhere', () => {
    const text = 'Kiev was calm. Kiev was cold.';
    const a = check(text);
    const b = check('A new first paragraph.\n' + text);
    expect(new Set(a.map((f) => f.id)).size).toBe(2);
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
  });

  it('does nothing without a style book', () => {
    expect(runChecker(styleBookChecker, 'Kiev').findings).toEqual([]);
  });
});

describe('parseStyleBook', () => {
  it('accepts the wrapped form, the bare map and a single string variant', () => {
    expect(parseStyleBook({ name: 'House', entries: { Kyiv: ['Kiev'] } })).toEqual({ entries: { Kyiv: ['Kiev'] } });
    expect(parseStyleBook({ Kyiv: ['Kiev'], 'Yoon Suk Yeol': ['Yun Seok-yeol'] }).entries['Yoon Suk Yeol']).toEqual(['Yun Seok-yeol']);
    expect(parseStyleBook({ Kyiv: 'Kiev' })).toEqual({ entries: { Kyiv: ['Kiev'] } });
  });

  it('rejects anything else with a message that says what to fix', () => {
    expect(() => parseStyleBook([['Kyiv', 'Kiev']])).toThrow(/expected \{"entries".*holds a list/);
    expect(() => parseStyleBook('Kyiv')).toThrow(/holds the text "Kyiv"/);
    expect(() => parseStyleBook(null)).toThrow(/holds null/);
    expect(() => parseStyleBook({ entries: ['Kyiv'] })).toThrow(/"entries" must be an object/);
    expect(() => parseStyleBook({ entries: {}, entires: {} })).toThrow(/unknown top-level field "entires"/);
    expect(() => parseStyleBook({ Kyiv: 3 })).toThrow(/entry "Kyiv": variants must be a list of strings, not a number/);
    expect(() => parseStyleBook({ Kyiv: ['Kiev', null] })).toThrow(/variant 2 must be non-empty text, not null/);
    expect(() => parseStyleBook({ Kyiv: ['Kyiv'] })).toThrow(/lists itself as a variant/);
    expect(() => parseStyleBook({ Kyiv: ['Kiev'], 'Kyiv city': ['Kiev'] })).toThrow(/variant of both "Kyiv" and "Kyiv city"/);
  });
});

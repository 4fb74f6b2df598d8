import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchText, type Span } from './snippet.ts';
import { fold, WORD } from './terms.ts';

const KYIV = readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'analysis', 'fixtures', 'korea-delegation-kyiv.txt'), 'utf8');

/** The words of `text` among `terms`, found the plain way: the WORD pattern, every word folded. */
function expected(text: string, terms: ReadonlySet<string>): Span[] {
  return [...text.matchAll(new RegExp(WORD.source, WORD.flags))].filter((m) => terms.has(fold(m[0]))).map((m) => [m.index, m.index + m[0].length]);
}

describe('matchText', () => {
  it('finds every matched word of a scraped article at its exact offsets, whatever its case', () => {
    const terms = new Set(['kyiv', 'delegation', 'zelensky', 'yun', 'seok', '3,000', 'said', 'korea']);
    const m = matchText(KYIV, terms);
    expect(m.spans).toEqual(expected(KYIV, terms));
    expect(m.spans.length).toBeGreaterThan(5);
    expect(m.snippet!.text.length).toBeLessThan(220);
    for (const [s, e] of m.snippet!.highlights) expect(terms.has(fold(m.snippet!.text.slice(s, e)))).toBe(true);
  });

  it('matches folded words: diacritics, curly apostrophes, words glued by an apostrophe', () => {
    const text = 'Wiśniewski told O’Brien and o\'brien that rock\'n\'roll, CAFÉ culture and the Café de Flore don’t mix; 𝒳 Wisniewski.';
    const terms = new Set(['wisniewski', "o'brien", 'cafe', "don't", 'n', 'rock']);
    const m = matchText(text, terms);
    expect(m.spans).toEqual(expected(text, terms));
    expect(m.spans.map(([s, e]) => text.slice(s, e))).toEqual(['Wiśniewski', 'O’Brien', "o'brien", 'CAFÉ', 'Café', 'don’t', 'Wisniewski']);
    const bmp = text.replace('𝒳 ', '');
    expect(matchText(bmp, terms).spans).toEqual(expected(bmp, terms));
  });
});

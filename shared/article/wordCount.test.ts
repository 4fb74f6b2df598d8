import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, countWordsWithRegex } from './wordCount.ts';

const FIXTURES = join(import.meta.dirname, '..', 'analysis', 'fixtures');

describe('countWords', () => {
  it('counts a scraped news article exactly as the regex definition does', () => {
    const text = readFileSync(join(FIXTURES, 'korea-delegation-kyiv.txt'), 'utf8');
    expect(countWords(text)).toBe(countWordsWithRegex(text));
    expect(countWords(text)).toBeGreaterThan(300);
  });

  it('agrees on joiners, numbers, diacritics and scripts other than Latin', () => {
    const samples = [
      "Yun Seok-yeol's aide, O’Brien, said 3,000 troops (not 3.5m) were sent -- twice.",
      'Wiśniewski met Łukasz Żółć in Kraków; Зеленський і Кличко; 尹錫悅 met 김정은.',
      "end. Start, mid-'quote' a--b a-.b ,x, 'tis rock'n'roll 1.2.3 -5 e.g. U.S.",
      'Emoji 👍 and 𝒳-ray astral letters ride the exact path.',
      '',
      '   \n\n  ',
    ];
    for (const s of samples) expect(countWords(s), s).toBe(countWordsWithRegex(s));
  });

  it('counts a hyphenated name and figures with separators as one word each', () => {
    expect(countWords('Seok-yeol paid $3,000.50 on 12.03.2024')).toBe(5);
  });
});

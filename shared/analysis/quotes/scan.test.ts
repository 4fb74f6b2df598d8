/**
 * A quote's key is what its id is made from, so a dismissed "unattributed quote" finding stays
 * dismissed: the key must ignore case, punctuation and quote styles, and keep every letter and
 * digit of any script.
 */
import { describe, expect, it } from 'vitest';
import { quoteKey } from './scan.ts';

describe('quoteKey', () => {
  it('keeps the words of a quote, whatever its punctuation and case', () => {
    expect(quoteKey('“We will not accept any arrangement that rewards aggression,”')).toBe('we will not accept any arrangement that rewards aggression');
    expect(quoteKey('"We will NOT accept any arrangement -- that rewards aggression!"')).toBe('we will not accept any arrangement that rewards aggression');
  });

  it('keeps accented letters, other scripts and digits, and drops dashes and curly apostrophes between them', () => {
    expect(quoteKey('«Ça va?» — dit Erdoğan’s aide, 3 000 fois…')).toBe('ça va dit erdoğan s aide 3 000 fois');
    expect(quoteKey('Сказал Зеленський: «Ми готові»')).toBe('сказал зеленський ми готові');
    expect(quoteKey('数学 𝐀𝐁 😀 end')).toBe('数学 𝐀𝐁 end');
  });

  it('gives an empty key to a quote with no words', () => {
    expect(quoteKey(' … — ')).toBe('');
  });
});

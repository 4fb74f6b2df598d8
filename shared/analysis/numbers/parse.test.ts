import { describe, expect, it } from 'vitest';
import { findNumbers } from './parse.ts';

describe('findNumbers', () => {
  it('reads currency words after a number as money, and other words as counts', () => {
    const [money] = findNumbers('The fine was 40 euros.');
    expect(money?.currency).toBe('EUR');
    expect(money?.kind).toBe('money');
    // Words that happen to name built-in object properties are not currencies.
    for (const word of ['constructor', 'toString', 'hasOwnProperty']) {
      const [n] = findNumbers(`The plant employs 40 ${word} specialists.`);
      expect(n?.currency, word).toBeNull();
      expect(n?.kind, word).not.toBe('money');
    }
  });

  it('finds every number after word starts that only look like number words, with its symbol or "a"', () => {
    // "often", "tenders", "sevenfold", "Tenth" begin like number words; the real numbers come after.
    const text = 'Often the tenders rose sevenfold, and A dozen bidders offered € 12 million, $3,000 or 20% more.';
    const found = findNumbers(text, 100).map((t) => [t.raw, t.value, t.kind, t.start - 100]);
    expect(found).toEqual([
      ['A dozen', 12, 'count', text.indexOf('A dozen')],
      ['€ 12 million', 12e6, 'money', text.indexOf('€')],
      ['$3,000', 3000, 'money', text.indexOf('$')],
      ['20%', 20, 'percent', text.indexOf('20%')],
    ]);
  });

  it('reads the second half of a score or time with the first, not as a number of its own', () => {
    const found = findNumbers('They won 3-1 and kicked off at 10:30 between 10 and 12 people.').map((t) => [t.raw, t.kind]);
    expect(found).toEqual([['3', 'score'], ['10', 'measure'], ['10', 'score'], ['12', 'count']]);
  });
});

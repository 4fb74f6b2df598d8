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
});

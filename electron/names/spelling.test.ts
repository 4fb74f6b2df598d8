import { describe, expect, it } from 'vitest';
import { sameSpelledName } from './spelling.ts';

describe('the same name spelled two ways in different articles', () => {
  it.each([
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Volodymyr Zelenskiy', 'Volodymyr Zelensky'],
    ['Muammar Gaddafi', 'Muammar Qaddafi'],
    ['Moammar Kadhafi', 'Muammar Qaddafi'],
    ['Yoon Suk Yeol', 'Yun Seok-yeol'],
    ['Kim Jong Un', 'Kim Jong-un'],
    ['Tomasz Wiśniewski', 'Tomasz Wisniewski'],
    ['Leila Haddad', 'Leila Hadad'],
    ['Henrik Lindqvist', 'Henrik Lindquist'],
    ['Pedro Álvarez', 'Pedro Alvarez'],
  ])('%s = %s', (a, b) => {
    expect(sameSpelledName(a, b)).toBe(true);
  });

  it.each([
    ['Olaf Scholz', 'Olaf Schulz'],
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Lee Jae-myung', 'Lee Nak-yon'],
    ['Daniel Okonkwo', 'Daniel Okonjo'],
    ['Mark Rutte', 'Mark Ruffalo'],
    ['Jonas Weber', 'Jonas Webb'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameSpelledName(a, b)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { countStartingBefore } from './sorted.ts';

describe('countStartingBefore', () => {
  // Mentions of "Yun" in a story, as [start, end] offsets.
  const mentions: [number, number][] = [[12, 15], [80, 83], [80, 95], [140, 143]];
  const count = (at: number) => countStartingBefore(mentions.length, (i) => mentions[i]![0], at);

  it('counts the mentions that start before an offset, equal starts not included', () => {
    expect(count(0)).toBe(0);
    expect(count(12)).toBe(0);
    expect(count(13)).toBe(1);
    expect(count(80)).toBe(1);
    expect(count(81)).toBe(3);
    expect(count(1_000)).toBe(4);
  });

  it('agrees with a linear count on every offset', () => {
    for (let at = -1; at <= 150; at++) expect(count(at), `at ${at}`).toBe(mentions.filter(([s]) => s < at).length);
  });

  it('answers 0 for no entries', () => {
    expect(countStartingBefore(0, () => 0, 10)).toBe(0);
  });
});

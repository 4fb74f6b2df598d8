import { describe, expect, it } from 'vitest';
import { benchModules, formatTable } from './bench.ts';
import { bootstrapQuantileRatio, median, quantile } from './benchKit.ts';
import { makeArticle } from './make-article.ts';
import { countWords } from '../../shared/article/plainText.ts';

describe('the benchmark harness', () => {
  it('finds benchmark modules by name and ignores tests', () => {
    expect(benchModules([])).toContain('engine');
    expect(benchModules(['eng'])).toEqual(['engine']);
    expect(benchModules(['no-such-bench'])).toEqual([]);
  });

  it('prints one aligned row per measurement with target and verdict', () => {
    const table = formatTable([
      { bench: 'engine', name: 'full analysis (median)', value: 12.345, unit: 'ms', target: '≤ 50 ms', ok: true },
      { bench: 'engine', name: 'peak RSS', value: 181.4, unit: 'MB' },
    ]).split('\n');
    expect(table[0]).toMatch(/^bench +measure +value +target +ok +note$/);
    expect(table[2]).toMatch(/^engine +full analysis \(median\) +12\.3 ms +≤ 50 ms +yes$/);
    expect(table[3]).toMatch(/^engine +peak RSS +181 MB$/);
  });

  it('computes nearest-rank quantiles', () => {
    const samples = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
    expect(median(samples)).toBe(5);
    expect(quantile(samples, 0.95)).toBe(10);
    expect(quantile(samples, 0)).toBe(1);
  });
});

describe('the bootstrap interval of a quantile ratio', () => {
  const rounds = (base: number, n: number) =>
    Array.from({ length: n }, (_, r) => Array.from({ length: 50 }, (_, i) => base + ((i * 7 + r * 3) % 10)));

  it('brackets the measured ratio, narrower with more rounds, and repeats exactly', () => {
    const slow = rounds(22, 12);
    const fast = rounds(17, 12);
    const measured = quantile(slow.flat(), 0.95) / quantile(fast.flat(), 0.95);
    const [lo, hi] = bootstrapQuantileRatio(slow, fast, 0.95);
    expect(lo).toBeLessThanOrEqual(measured);
    expect(hi).toBeGreaterThanOrEqual(measured);
    expect(bootstrapQuantileRatio(slow, fast, 0.95)).toEqual([lo, hi]);
    // One noisy round among steady ones widens the interval.
    const noisy = slow.map((r, i) => (i === 3 ? r.map((x) => x + 15) : r));
    const [nlo, nhi] = bootstrapQuantileRatio(noisy, fast, 0.95);
    expect(nhi - nlo).toBeGreaterThan(hi - lo);
  });

  it('refuses unpaired rounds', () => {
    expect(() => bootstrapQuantileRatio(rounds(1, 3), rounds(1, 2), 0.95)).toThrow(/same number of rounds/);
  });
});

describe('makeArticle', () => {
  it('makes the same realistic article every time, of the length asked for', () => {
    const a = makeArticle(20_000);
    expect(makeArticle(20_000)).toBe(a);
    expect(countWords(a)).toBeGreaterThanOrEqual(20_000);
    expect(countWords(a)).toBeLessThan(20_300);
    const paragraphs = a.split('\n\n');
    // Mostly distinct paragraphs, so the benchmark is not flattered by the scan cache.
    expect(new Set(paragraphs).size / paragraphs.length).toBeGreaterThan(0.98);
    // Names in variant spellings, quotes with speakers, figures and acronyms, as in real copy.
    expect(a).toContain('Yun Seok-yeol');
    expect(a).toContain('Yoon Suk Yeol');
    expect(a).toMatch(/"[^"]+," said [A-Z]/);
    expect(a).toMatch(/about \d{1,2},\d{3} /);
    expect(a).toMatch(/\(NATO\)|\(NIS\)|\(IAEA\)/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.ts';
import { scoreAcronyms } from './acronyms.ts';

const claim = (text: string): Finding => ({ id: text, check: 'acronyms', severity: 'warning', message: `${text} is never spelled out`, start: 0, end: text.length, text });

describe('scoreAcronyms', () => {
  const rows = [
    { id: 'a', text: 'one', undefined_before_use: ['TSB'], ok: ['FDR'], common: [] },
    { id: 'b', text: 'two', undefined_before_use: ['NWA', 'LSE'], ok: [], common: ['UN'] },
  ];

  it('scores flagged acronyms against the labels and lists each miss and false alarm', () => {
    const score = scoreAcronyms(rows, (t) => ({
      findings: t === 'one' ? [claim('TSB'), claim('FDR')] : [claim('NWA'), claim('UN'), { ...claim('NWA'), id: 'dup' }],
    }));
    expect(score.truePositives).toBe(2);
    expect(score.flagged).toBe(4);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.misses).toEqual([{ id: 'b', acronym: 'LSE' }]);
    expect(score.falseAlarms.map((f) => [f.id, f.acronym, f.label])).toEqual([['a', 'FDR', 'ok'], ['b', 'UN', 'common']]);
  });

  it('ignores findings of other checks', () => {
    const score = scoreAcronyms(rows, () => ({ findings: [{ ...claim('TSB'), check: 'names' }] }));
    expect(score.flagged).toBe(0);
    expect(score.recall).toBe(0);
  });
});

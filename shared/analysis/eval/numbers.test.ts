import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.ts';
import { scoreNumbers } from './numbers.ts';

const text = 'A landslide killed 23 people on Saturday. The governor said the death toll of 32 was the worst in years.';
const conflict = (start: number, end: number, other: [number, number]): Finding => ({
  id: 'x', check: 'numbers', severity: 'error', message: 'm', start, end, text: text.slice(start, end),
  related: [{ start: other[0], end: other[1], text: text.slice(other[0], other[1]) }],
});
const at = (phrase: string): [number, number] => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length];

describe('scoreNumbers', () => {
  const rows = [
    { id: 'c', text, conflicts: [['killed 23 people', 'the death toll of 32']] as [string, string][] },
    { id: 'clean', text: 'Ten people came.', conflicts: [] },
  ];

  it('counts a conflict as found only when one finding covers both phrases', () => {
    const [s1, e1] = at('23 people');
    const hit = scoreNumbers(rows, (t) => ({ findings: t === text ? [conflict(s1, e1, at('toll of 32'))] : [] }));
    expect(hit.found).toBe(1);
    expect(hit.recall).toBe(1);
    expect(hit.falseAlarms).toEqual([]);

    const half = scoreNumbers(rows, (t) => ({ findings: t === text ? [conflict(s1, e1, at('Saturday'))] : [] }));
    expect(half.found).toBe(0);
    expect(half.misses).toEqual([{ id: 'c', conflict: ['killed 23 people', 'the death toll of 32'] }]);
    expect(half.falseAlarms.map((f) => f.id)).toEqual(['c']);
    expect(half.falseAlarmsInClean).toBe(0);
  });

  it('counts error findings in clean articles per ten clean articles and ignores info findings', () => {
    const score = scoreNumbers(rows, (t) => ({
      findings: t === text ? [] : [
        { id: 'a', check: 'numbers', severity: 'error', message: 'm', start: 0, end: 3, text: 'Ten' },
        { id: 'b', check: 'numbers', severity: 'info', message: 'm', start: 0, end: 3, text: 'Ten' },
      ],
    }));
    expect(score.falseAlarmsInClean).toBe(1);
    expect(score.falseAlarmsPerTenClean).toBe(10);
    expect(score.recall).toBe(0);
  });

  it('reports a labelled phrase missing from the text as a labelling problem', () => {
    const score = scoreNumbers([{ id: 'bad', text, conflicts: [['killed 24 people', 'the death toll of 32']] }], () => ({ findings: [] }));
    expect(score.misses[0]?.problem).toContain('killed 24 people');
  });
});

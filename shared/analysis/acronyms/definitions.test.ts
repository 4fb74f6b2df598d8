import { describe, expect, it } from 'vitest';
import { findNameRuns, nextRun, spellingFrom } from './definitions.ts';

/** The words of every run spelling `acronym` (the first spelling of each run), as the paragraph writes them. */
function spelledBy(paragraph: string, acronym: string): string[] {
  const runs = findNameRuns(paragraph);
  const found: string[] = [];
  for (let at = spellingFrom(runs, acronym, 0); at >= 0; at = spellingFrom(runs, acronym, nextRun(runs, at))) {
    found.push(paragraph.slice(runs.spans[2 * at], runs.spans[2 * (at + acronym.length - 1) + 1]));
  }
  return found;
}

describe('capitalised name runs', () => {
  it('finds an AP-style full name, connectors inside it giving no initial', () => {
    const p = 'The Bank of England fined a broker, said the Securities Oversight Authority on Monday.';
    // A run never starts with a connector ("the Securities"), but "The" and "on" join theirs.
    expect(findNameRuns(p).initials).toBe('TBE SOAM');
    expect(spelledBy(p, 'SOA')).toEqual(['Securities Oversight Authority']);
    expect(spelledBy(p, 'BE')).toEqual(['Bank of England']);
  });

  it('keeps no lone capitalised word and never spells across two runs', () => {
    const p = 'Officials said Kyiv had asked. Transport Safety officials met Board Chairman Li Wei.';
    expect(findNameRuns(p).initials).toBe('TS BCLW');
    expect(spelledBy(p, 'TSB')).toEqual([]);
    expect(findNameRuns('Officials said nothing in Kyiv.').initials).toBe('');
  });

  it('reads only the first spelling in each run, and every run that has one', () => {
    const p = 'Port Authority Port Authority staff met. Later the Port Authority said so.';
    expect(spelledBy(p, 'PA')).toEqual(['Port Authority', 'Port Authority']);
  });
});

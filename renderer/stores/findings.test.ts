import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/analysis/types.ts';
import { useFindingsStore } from './findings.ts';

const troops = (start: number): Finding => ({
  id: 'numbers:abc', check: 'numbers', severity: 'error', start, end: start + 18, text: 'about 3000 troops',
  message: 'The number of troops is given as 3000 and as 10; check which is right.',
});

describe('the findings store', () => {
  it('keeps what the panels show unchanged while typing only moves offsets', () => {
    const store = useFindingsStore.getState();
    store.setResult('a', { text: 'x', findings: [troops(100)], quotes: [], entities: [] }, 1);
    const shown = useFindingsStore.getState().shownFindings;
    store.setResult('a', { text: 'xy', findings: [troops(101)], quotes: [], entities: [] }, 1);
    const after = useFindingsStore.getState();
    expect(after.shownFindings).toBe(shown);
    expect(after.findings[0]!.start).toBe(101);
  });

  it('gives the panels a new list when a message changes', () => {
    const store = useFindingsStore.getState();
    store.setResult('a', { text: 'x', findings: [troops(100)], quotes: [], entities: [] }, 1);
    const shown = useFindingsStore.getState().shownFindings;
    store.setResult('a', { text: 'x', findings: [{ ...troops(100), message: 'The number of troops is given as 3000 and as 12.' }], quotes: [], entities: [] }, 1);
    expect(useFindingsStore.getState().shownFindings).not.toBe(shown);
  });
});

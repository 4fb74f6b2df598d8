import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime.ts';

describe('relativeTime', () => {
  const now = new Date(2026, 10, 29, 15, 30); // 29 Nov 2026, 15:30 local time

  it('says how long ago an article was edited today', () => {
    expect(relativeTime(new Date(2026, 10, 29, 15, 29, 40).toISOString(), now)).toBe('just now');
    expect(relativeTime(new Date(2026, 10, 29, 15, 5).toISOString(), now)).toBe('25 min ago');
    expect(relativeTime(new Date(2026, 10, 29, 9, 0).toISOString(), now)).toBe('6 h ago');
  });

  it('uses "yesterday" and then the date', () => {
    expect(relativeTime(new Date(2026, 10, 28, 23, 0).toISOString(), now)).toBe('yesterday');
    expect(relativeTime(new Date(2026, 2, 3, 12, 0).toISOString(), now, 'en-GB')).toBe('3 Mar');
    expect(relativeTime(new Date(2025, 2, 3, 12, 0).toISOString(), now, 'en-GB')).toBe('3 Mar 2025');
  });

  it('returns nothing for a date it cannot read', () => {
    expect(relativeTime('not a date', now)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { applyRetention } from './retention.ts';

const NOW = new Date('2026-11-29T12:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => ({ at: new Date(NOW.getTime() - ms).toISOString() });
const kept = (snaps: { at: string }[]) => applyRetention(snaps, NOW).keep.map((s) => s.at).sort();

describe('retention ladder', () => {
  it('keeps every snapshot of the last day', () => {
    // An autosave snapshot every ten minutes for 23 hours.
    const snaps = Array.from({ length: 138 }, (_, i) => ago(i * 10 * 60_000));
    expect(applyRetention(snaps, NOW).drop).toEqual([]);
  });

  it('keeps the newest snapshot of each hour between a day and a week old', () => {
    const twoDaysAgo = 2 * DAY;
    // Three snapshots in one hour two days ago (at :10, :30 and :50), one in the hour before.
    const base = Math.floor((NOW.getTime() - twoDaysAgo) / HOUR) * HOUR;
    const at = (ms: number) => ({ at: new Date(ms).toISOString() });
    const snaps = [ago(0), at(base + 10 * 60_000), at(base + 30 * 60_000), at(base + 50 * 60_000), at(base - 20 * 60_000)];
    expect(kept(snaps)).toEqual([snaps[4]!.at, snaps[3]!.at, snaps[0]!.at].sort());
  });

  it('keeps one snapshot a day between a week and three months, and none older', () => {
    const snaps = [ago(0)];
    // Hourly snapshots for 100 days.
    for (let h = 24 * 7; h < 24 * 100; h++) snaps.push(ago(h * HOUR));
    const keep = applyRetention(snaps, NOW).keep;
    const oldOnes = keep.filter((s) => NOW.getTime() - Date.parse(s.at) >= 7 * DAY);
    const days = new Set(oldOnes.map((s) => s.at.slice(0, 10)));
    expect(days.size).toBe(oldOnes.length); // one a day
    expect(oldOnes.length).toBeGreaterThanOrEqual(82);
    expect(oldOnes.length).toBeLessThanOrEqual(84);
    expect(oldOnes.every((s) => NOW.getTime() - Date.parse(s.at) < 90 * DAY)).toBe(true);
  });

  it('always keeps the newest snapshot, even a year old, and snapshots dated in the future', () => {
    const snaps = [ago(365 * DAY), ago(400 * DAY), ago(-HOUR)];
    expect(kept(snaps)).toEqual([ago(365 * DAY).at, ago(-HOUR).at].sort());
  });

  it('gives the same answer whatever order the snapshots come in', () => {
    const snaps = Array.from({ length: 200 }, (_, i) => ago(i * 37 * 60_000));
    const reversed = [...snaps].reverse();
    expect(kept(reversed)).toEqual(kept(snaps));
  });
});

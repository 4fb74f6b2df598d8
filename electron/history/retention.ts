/**
 * The retention ladder: which snapshots of an article to keep as they age. Recent history is kept
 * in full, older history ever more sparsely, so a year of daily editing costs a few hundred
 * snapshots, not tens of thousands. Pure: the same snapshots and clock always give the same answer.
 */

export interface Rung {
  /** Applies to snapshots younger than this (ms). */
  maxAgeMs: number;
  /** Keep the newest snapshot per bucket of this width (ms); 0 keeps every snapshot. */
  bucketMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every snapshot for a day, hourly for a week, daily for three months; older ones go. */
export const DEFAULT_LADDER: readonly Rung[] = [
  { maxAgeMs: DAY, bucketMs: 0 },
  { maxAgeMs: 7 * DAY, bucketMs: HOUR },
  { maxAgeMs: 90 * DAY, bucketMs: DAY },
];

/**
 * Splits `snapshots` into those to keep and those to drop at time `now`. The newest snapshot is
 * always kept, however old, so an article untouched for a year still has its last version.
 * Snapshots dated in the future (a clock that jumped) are kept.
 */
export function applyRetention<T extends { at: string }>(
  snapshots: readonly T[],
  now: Date,
  ladder: readonly Rung[] = DEFAULT_LADDER,
): { keep: T[]; drop: T[] } {
  const nowMs = now.getTime();
  const newestFirst = [...snapshots].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const seenBuckets = new Set<string>();
  const keep: T[] = [];
  const drop: T[] = [];
  let newestPastKept = false;
  newestFirst.forEach((snap) => {
    const at = Date.parse(snap.at);
    const age = nowMs - at;
    if (Number.isNaN(at) || age < 0) {
      keep.push(snap);
      return;
    }
    if (!newestPastKept) {
      newestPastKept = true;
      keep.push(snap);
      return;
    }
    const rungIndex = ladder.findIndex((r) => age < r.maxAgeMs);
    const rung = ladder[rungIndex];
    if (!rung) {
      drop.push(snap);
      return;
    }
    if (rung.bucketMs === 0) {
      keep.push(snap);
      return;
    }
    // Newest first, so the first snapshot seen in a bucket is the newest one in it.
    const bucket = `${rungIndex}:${Math.floor(at / rung.bucketMs)}`;
    if (seenBuckets.has(bucket)) drop.push(snap);
    else {
      seenBuckets.add(bucket);
      keep.push(snap);
    }
  });
  return { keep, drop };
}

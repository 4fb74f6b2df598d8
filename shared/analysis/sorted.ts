/**
 * Binary search over entries sorted by where they start: mentions, quotes, paragraph ranges. The
 * entries are read through `startOf` so one search serves typed arrays, offset pairs and objects.
 */

/** How many of the `length` entries (sorted by start, ascending) start before `at`. */
export function countStartingBefore(length: number, startOf: (index: number) => number, at: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

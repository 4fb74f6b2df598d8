/**
 * How long to wait after a keystroke before checking the text: until the keys pause for longer
 * than this typist's recent gap between keys. A check sent mid-word costs the main thread (read
 * the text, post it, receive and redraw the result: ~5 ms in a 20,000-word article) and its
 * findings are stale at the next key; a fast typist should get one check per pause, not one per
 * key. The wait is capped so findings still arrive well within 300 ms of the last keystroke.
 */

/** Never sooner than this after a keystroke (a slow typist's check comes this long after a key). */
export const MIN_PAUSE_MS = 80;
/** Never later: the check itself and the redraw take ~40-100 ms more, and findings are due ≤ 300 ms. */
export const MAX_PAUSE_MS = 160;
/** A pause is a gap this much longer than the typist's usual one (covers jitter between keys). */
const PAUSE_FACTOR = 1.3;
/** Gaps longer than this are pauses (thinking, reading), not the rhythm of typing. */
const LONGEST_TYPING_GAP_MS = 600;
/** How many recent gaps set the rhythm. */
const RECENT_GAPS = 8;

export class TypingPause {
  private last = -Infinity;
  private gaps: number[] = [];

  /** Record a keystroke at `now` (ms) and return how long to wait for the pause that follows it. */
  keystroke(now: number): number {
    const gap = now - this.last;
    this.last = now;
    if (gap > 0 && gap <= LONGEST_TYPING_GAP_MS) {
      this.gaps.push(gap);
      if (this.gaps.length > RECENT_GAPS) this.gaps.shift();
    }
    return this.wait();
  }

  /**
   * The wait for the current rhythm: the median recent gap times PAUSE_FACTOR, within bounds. A
   * typist whose gaps are longer than the cap is checked between keys anyway, so as soon as
   * possible.
   */
  wait(): number {
    if (this.gaps.length === 0) return MIN_PAUSE_MS;
    const sorted = [...this.gaps].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    if (median >= MAX_PAUSE_MS) return MIN_PAUSE_MS;
    return Math.round(Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, median * PAUSE_FACTOR)));
  }
}

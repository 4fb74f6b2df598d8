import { describe, expect, it } from 'vitest';
import { MAX_PAUSE_MS, MIN_PAUSE_MS, TypingPause } from './typingPause.ts';

/** Keystrokes at these gaps (ms) after a first one at t=1000; returns the wait after the last. */
function typeWithGaps(pause: TypingPause, gaps: number[]): number {
  let t = 1000;
  let wait = pause.keystroke(t);
  for (const gap of gaps) {
    t += gap;
    wait = pause.keystroke(t);
  }
  return wait;
}

describe('the pause before checking typed text', () => {
  it('checks a slow typist soon after each key', () => {
    expect(typeWithGaps(new TypingPause(), [400, 450, 380, 420])).toBe(MIN_PAUSE_MS);
  });

  it('waits out a fast typist\'s gap between keys, so a word typed at 90 ms a key is checked once, after it', () => {
    const pause = new TypingPause();
    const wait = typeWithGaps(pause, Array(12).fill(90));
    // Longer than the gap between keys (no check mid-word) ...
    expect(wait).toBeGreaterThan(90 + 20);
    // ... and short enough that findings still come within 300 ms of the last key.
    expect(wait).toBeLessThanOrEqual(MAX_PAUSE_MS);
  });

  it('ignores one slow key in a fast burst, and a long pause to think', () => {
    const pause = new TypingPause();
    const steady = typeWithGaps(pause, Array(8).fill(90));
    expect(typeWithGaps(pause, [90, 90, 260, 90, 2000, 90])).toBe(steady);
  });

  it('never waits beyond the cap, so findings stay due within 300 ms of the last key', () => {
    expect(typeWithGaps(new TypingPause(), Array(8).fill(150))).toBe(MAX_PAUSE_MS);
  });

  it('checks the first edit after a long idle time promptly', () => {
    expect(new TypingPause().keystroke(5000)).toBe(MIN_PAUSE_MS);
  });
});

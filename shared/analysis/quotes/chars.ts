/**
 * Character tests by char code for the quotes checker's loops, which read every character
 * around every quote and name: a one-character regex test per character (and the string cut
 * out for it) cost more than the reading itself.
 */

// White space is doc.ts's isSpace, shared by every checker.

/** A mark that ends a sentence: [.!?…]. */
export function isSentenceStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** A closing mark a sentence's final stop may carry before the space: ["'”’»)\]]. */
export function isStopCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
}

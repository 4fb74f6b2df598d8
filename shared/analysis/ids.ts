/**
 * Stable finding ids. An id is a hash of the check and the *content* a finding is about (the
 * entity's spellings, the conflicting phrases, the acronym), never of offsets, so the same
 * finding keeps its id while unrelated text changes and an editor's dismissal sticks.
 */

/** 53-bit string hash (cyrb53): fast, well distributed, no dependencies. */
export function hash53(input: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `check:hash` of the given content key parts, e.g. findingId('names', 'yoon suk yeol'). */
export function findingId(check: string, ...key: readonly string[]): string {
  return `${check}:${hash53(key.join('\u0000')).toString(36)}`;
}

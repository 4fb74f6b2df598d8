/**
 * How text becomes search terms, shared by indexing, querying and highlighting so that the words
 * the index matched can be found again in the original text at exact offsets.
 *
 * Terms are lower-cased and folded (diacritics removed), so "Wisniewski" finds "Wiśniewski" and
 * "cafe" finds "café". Very common English words are not indexed: they make the index larger and
 * every query slower without ever narrowing a search.
 */

/** A word as it appears in the text: letters or digits, with inner apostrophes. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'had', 'has', 'have',
  'he', 'her', 'his', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the',
  'their', 'they', 'this', 'to', 'was', 'were', 'which', 'who', 'will', 'with',
]);

/** Lower case, diacritics removed, curly apostrophes straightened. */
export function fold(word: string): string {
  // Most words are plain ASCII: lower-casing is all they need (and ten times cheaper than NFD).
  if (/^[ -~]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/’/g, "'").toLowerCase();
}

/** The term a word is indexed and searched under, or null for a stop word. */
export function termOf(word: string): string | null {
  const t = fold(word);
  return STOP_WORDS.has(t) ? null : t;
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

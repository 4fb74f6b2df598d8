/**
 * Are two spellings, found in different articles, the same name? Across a library the question is
 * harder than inside one article: there is no shared context, and thousands of different people
 * are named. So the rule is strict — every word must match, allowing only the variation that
 * transliteration and typing produce (Zelensky / Zelenskyy, Gaddafi / Qaddafi / Kadhafi,
 * Yoon Suk Yeol / Yun Seok-yeol, Wiśniewski / Wisniewski) — and keeps apart names that differ
 * by a real vowel in a short word (Scholz / Schulz).
 */
import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';

/** ASCII lower-case words; hyphens split words, apostrophes and dots vanish. */
export function spellingTokens(text: string): string[] {
  return anyAscii(text)
    .toLowerCase()
    .replace(/['’`.]/g, '')
    .split(/[\s\-‐‑–]+/)
    .map((t) => t.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

const metaphoneCache = new Map<string, [string, string]>();
export function metaphone(token: string): [string, string] {
  let v = metaphoneCache.get(token);
  if (!v) {
    v = doubleMetaphone(token);
    metaphoneCache.set(token, v);
  }
  return v;
}

function soundAlike(a: string, b: string): boolean {
  const [a1, a2] = metaphone(a);
  const [b1, b2] = metaphone(b);
  return a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
}

const undouble = (t: string) => t.replace(/(.)\1+/g, '$1');
/** Consonants after the first letter: "yoon" → "yn", "seok" → "sk". */
const skeleton = (t: string) => t[0] + t.slice(1).replace(/[aeiouyw]/g, '');

export function tokensAlike(a: string, b: string): boolean {
  if (a === b || undouble(a) === undouble(b)) return true;
  const len = Math.max(a.length, b.length);
  if (len <= 4) return soundAlike(a, b) && skeleton(a) === skeleton(b) && Math.min(a.length, b.length) >= 2;
  const d = distance(a, b);
  if (len >= 8 && d <= 1) return true;
  if (len >= 7 && d <= 2 && soundAlike(a, b)) return true;
  return false;
}

export function sameSpelledName(a: string, b: string): boolean {
  const ta = spellingTokens(a);
  const tb = spellingTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.join('') === tb.join('')) return true;
  return ta.length === tb.length && ta.every((t, i) => tokensAlike(t, tb[i] as string));
}

/** Keys under which a spelling is compared with others: one per word's sound. */
export function blockingKeys(text: string): string[] {
  return spellingTokens(text)
    .filter((t) => t.length >= 3)
    .map((t) => metaphone(t)[0]);
}

/**
 * Spelling-tolerant comparison of name tokens. Three cheap keys per token, each from a
 * well-kept package where the problem is solved:
 *
 * - any-ascii folds diacritics and other scripts to ASCII (Erdoğan → Erdogan, Łódź → Lodz);
 *   unlike NFD-stripping it also handles letters with no decomposition (ł, ø, ß).
 * - double-metaphone gives phonetic codes that ignore vowels and most transliteration noise
 *   (Gaddafi/Kadhafi → KTF, Yun/Yoon → AN); its second code covers Slavic/Germanic readings.
 * - fastest-levenshtein is the fastest plain edit distance in JS, which matters because the
 *   clusterer compares many distinct forms.
 *
 * On top of them a "loose" form of our own merges the letters romanisation systems swap
 * (Busan/Pusan, Jeju/Cheju, Kaohsiung/Gaoxiong, Peskov/Peskow).
 */
import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { PARTICLE_PREFIX } from './lexicon.ts';

/** ASCII, lower case, apostrophes and full stops dropped; spaces and hyphens kept. */
export function fold(text: string): string {
  return anyAscii(text).toLowerCase().replace(/['’`.]/g, '').replace(/\s+/g, ' ').trim();
}

/** Name tokens for comparison: hyphenated parts joined, runs of initials joined ("j d" → "jd"). */
const tokensCache = new Map<string, string[]>();
export function nameTokens(text: string): string[] {
  let hit = tokensCache.get(text);
  if (!hit) {
    if (tokensCache.size > 50_000) tokensCache.clear(); // a long-running worker must not grow forever
    hit = computeNameTokens(text);
    tokensCache.set(text, hit);
  }
  return hit;
}

function computeNameTokens(text: string): string[] {
  // "al-Assad" and "Assad" are one surname: hyphenated Arabic particles are dropped.
  const raw = fold(text.replace(/\./g, '. ')).split(/\s+/)
    .map((t) => t.replace(PARTICLE_PREFIX, '').replace(/[^a-z0-9]/g, '')).filter(Boolean);
  const out: string[] = [];
  for (const [i, t] of raw.entries()) {
    // "Al Qaida" = "Al-Qaeda": the Arabic article written as a word is dropped too.
    if ((t === 'al' || t === 'el') && i < raw.length - 1) continue;
    const prev = out.at(-1);
    if (t.length === 1 && prev !== undefined && /^[a-z]+$/.test(prev) && prev.length <= 3 && out.length > 0 && isInitials(prev)) {
      out[out.length - 1] = prev + t;
    } else out.push(t);
  }
  return out;
}
function isInitials(t: string): boolean {
  return t.length <= 2;
}

/** The whole name as one string of letters: "Kim Jong-un" = "Kim Jong Un" = "kimjongun". */
export function compactKey(text: string): string {
  return nameTokens(text).join('');
}

const looseCache = new Map<string, string>();
/** Romanisation-tolerant form of one folded token. */
export function loose(token: string): string {
  let v = looseCache.get(token);
  if (v !== undefined) return v;
  if (looseCache.size > 50_000) looseCache.clear();
  v = token
    .replace(/eo/g, 'o') // Korean romanisations: Seok/Suk, Deok/Duck
    .replace(/oo/g, 'u') // Yoon/Yun, Soo/Su
    .replace(/ch|zh|dzh/g, 'j')
    .replace(/(?<=.)h/g, '') // kh, gh, dh, th, ph, sh, hs: the h adds little across systems
    .replace(/x(?=[iu])/g, 's') // pinyin Xi, Xiong, Xu
    .replace(/x/g, 'gs') // Alexander / Aleksandr
    .replace(/[pb]/g, 'b')
    .replace(/[td]/g, 'd')
    .replace(/[kgqc]/g, 'g')
    .replace(/[sz]/g, 's')
    .replace(/[vwf]/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  looseCache.set(token, v);
  return v;
}

const phoneticCache = new Map<string, [string, string]>();
export function phonetic(token: string): [string, string] {
  let v = phoneticCache.get(token);
  if (!v) {
    if (phoneticCache.size > 50_000) phoneticCache.clear();
    v = doubleMetaphone(token);
    phoneticCache.set(token, v);
  }
  return v;
}

function soundAlike(a: string, b: string): boolean {
  const [a1, a2] = phonetic(a);
  const [b1, b2] = phonetic(b);
  return a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
}

/** One adjacent transposition ("Zelenksy" / "Zelensky"). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Are two folded name tokens plausibly one name spelled two ways? Tuned to accept
 * transliteration and typing variation and to refuse different names that look alike
 * (Qiang / Keqiang, Daegu / Daejeon, Khamenei / Khomeini).
 */
export function tokensSimilar(a: string, b: string): boolean {
  if (a === b) return true;
  // Every rule below allows only a couple of edits to the loose forms, which changes the set
  // of letters they use by a few letters at most: two cheap early noes before the real work.
  if (Math.abs(a.length - b.length) > 3) return false;
  if (popcount(letterMask(loose(a)) ^ letterMask(loose(b))) > 5) return false;
  return compareTokens(a, b);
}

const maskCache = new Map<string, number>();
/** The set of letters a..z in a word, as bits. */
function letterMask(word: string): number {
  let m = maskCache.get(word);
  if (m === undefined) {
    if (maskCache.size > 50_000) maskCache.clear();
    m = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i) - 97;
      if (c >= 0 && c < 26) m |= 1 << c;
    }
    maskCache.set(word, m);
  }
  return m;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

function compareTokens(a: string, b: string): boolean {
  const len = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 3) return false;
  // One word extending another is another word (Niger/Nigeria, Paul/Paula), except for the
  // doubled ending of a transliteration (Zelensky/Zelenskyy, Dmitri/Dmitrii).
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && !(long.length === short.length + 1 && 'yih'.includes(long.at(-1)!))) {
    return long.length === short.length + 1 && long.endsWith('s') && short.length >= 5 ? true : false;
  }
  if (isTransposition(a, b) && (len >= 6 || (len >= 4 && soundAlike(a, b)))) return true; // Kier/Keir
  // A plural beside the singular: "the Houthis" / "the Huthi movement".
  if (a.endsWith('s') !== b.endsWith('s')) {
    const [plural, other] = a.endsWith('s') ? [a, b] : [b, a];
    if (plural.length >= 6 && compareTokens(plural.slice(0, -1), other)) return true;
  }
  const la = loose(a);
  const lb = loose(b);
  if (la === lb) return true;
  const d = distance(a, b);
  if (d <= 1 && len >= 5 && soundAlike(a, b)) return true;
  const dl = distance(la, lb);
  if (dl <= 1 && len >= 4 && la[0] === lb[0] && (len >= 7 || soundAlike(a, b))) return true;
  if (dl <= 2 && len >= 7 && soundAlike(a, b)) return true;
  return false;
}

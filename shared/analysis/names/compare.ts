/**
 * Whole-name comparison: do two multi-word names (as `nameTokens`) name one person, place or
 * organisation? Token by token with `tokensSimilar`, across hyphenation ("Seok-yeol" /
 * "Suk Yeol"), name order ("Orbán Viktor" / "Viktor Orbán") and a shorter form of a Western
 * name ("Tayyip Erdoğan" inside "Recep Tayyip Erdoğan").
 */
import { tokensSimilar } from './fold.ts';
import { EAST_ASIAN_SURNAMES, VIETNAMESE_SURNAMES } from './lexicon.ts';

/** Written family name first: "Yun Seok-yeol", "Kim Jong Un", "Xi Jinping". */
export function isEastAsianOrder(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && tokens.length <= 3 && EAST_ASIAN_SURNAMES.has(tokens[0]!);
}

/**
 * The token a lone surname would match: the first for Chinese and Korean order, else the last
 * (Vietnamese people are called by the last given name).
 */
export function surnameToken(tokens: readonly string[]): string {
  if (tokens.length >= 2 && VIETNAMESE_SURNAMES.has(tokens[0]!)) return tokens.at(-1)!;
  if (isEastAsianOrder(tokens)) return tokens[0]!;
  const last = tokens.length > 2 && SUFFIXES.has(tokens.at(-1)!) ? tokens.at(-2)! : tokens.at(-1)!;
  return last;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);


function allSimilar(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => tokensSimilar(t, b[i]!));
}

/** Every token of `short` appears, in order, in `long`, and both end in the same surname. */
function isShorterForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  if (isEastAsianOrder(long) || isEastAsianOrder(short)) return false;
  if (!tokensSimilar(short.at(-1)!, long.at(-1)!)) return false;
  let j = 0;
  for (const t of short) {
    while (j < long.length && !tokensSimilar(t, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

// Keyed by the token arrays themselves: `nameTokens` returns one array per spelling.
let memo = new WeakMap<readonly string[], WeakMap<readonly string[], boolean>>();
let memoSize = 0;

/** `sameName`, remembered: the same pairs come back on every re-analysis of an article. */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  let row = memo.get(a);
  if (!row) memo.set(a, (row = new WeakMap()));
  let hit = row.get(b);
  if (hit === undefined) {
    if (++memoSize > 200_000) {
      memo = new WeakMap();
      memoSize = 0;
    }
    hit = compareNames(a, b);
    row.set(b, hit);
  }
  return hit;
}

function compareNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.join('') === b.join('')) return true;
  if (allSimilar(a, b)) return true;
  // Family name + given name written as one or two words: "Yoon Suk Yeol" / "Yun Seok-yeol".
  if (a.length >= 2 && b.length >= 2 && (a.length !== b.length)) {
    if (tokensSimilar(a[0]!, b[0]!) && tokensSimilar(a.slice(1).join(''), b.slice(1).join(''))) return true;
  }
  // Name order swapped.
  if (a.length === 2 && b.length === 2 && tokensSimilar(a[0]!, b[1]!) && tokensSimilar(a[1]!, b[0]!)) return true;
  return isShorterForm(a, b) || isShorterForm(b, a);
}

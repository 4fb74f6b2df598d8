/**
 * Finding the numbers in a sentence and reading their values: figures ("3,000", "1.1 billion",
 * "€12 million", "20%") and number words ("two", "twenty-three", "a dozen"). Everything here is
 * linear regex work over one sentence at a time.
 */

import type { ParagraphContext } from '../checker.ts';
import type { SentenceSpan } from '../doc.ts';
import { isSpace } from '../doc.ts';

export type NumberKind =
  | 'count' // 23 people, about 3000 troops, all 14 members
  | 'money' // €12 million, 4 million pounds
  | 'percent' // 20%, 11 per cent
  | 'year' // 1998, by 2028
  | 'date' // 10 September, May 14
  | 'measure' // 41C, 12-year-old, five-year plan, 10:30
  | 'score' // 3-1, a range 10-12
  | 'ordinal'; // 70th

export interface NumberToken {
  /** Span of the number expression (currency, scale word and % included). */
  start: number;
  end: number;
  raw: string;
  value: number;
  form: 'digits' | 'words';
  /** For figures of 1,000 and more: whether thousands are separated ("3,000") or not ("3000"). */
  grouped: boolean | null;
  kind: NumberKind;
  /** Currency code for money ("EUR"), else null. */
  currency: string | null;
  /** For "N-member committee": the word after the hyphen ("member") and the noun it qualifies. */
  compound: string | null;
}

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

const SCALE: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, mn: 1e6, k: 1e3,
};

const CURRENCY_SYMBOL: Record<string, string> = { '€': 'EUR', '$': 'USD', '£': 'GBP', '¥': 'JPY', '₴': 'UAH' };
const CURRENCY_WORD: ReadonlyMap<string, string> = new Map(Object.entries({
  euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP',
  crown: 'crowns', crowns: 'crowns', kronor: 'crowns', kroner: 'crowns', hryvnia: 'UAH',
  hryvnias: 'UAH', yen: 'JPY', francs: 'CHF', rubles: 'RUB', roubles: 'RUB', won: 'KRW', yuan: 'CNY',
}));
/** Letters in the longest currency word ("hryvnias"): a longer word is not looked up. */
const LONGEST_CURRENCY_WORD = 8;
const CURRENCY_CODE = /^(EUR|USD|GBP|UAH|JPY|CHF|RUB|KRW|CNY)$/;

// "one" is left out: it is a pronoun far more often than a count ("one of the...").
const WORD_NUMBER =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen' +
  '|seventeen|eighteen|nineteen|a dozen)';
const FIGURE = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const SCALE_WORDS = '(?:\\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\\b)?';

// A number expression starting exactly at lastIndex (sticky); the cases are sorted out in code.
const NUMBER_AT = new RegExp(
  `([€$£¥₴]\\s?)?\\b(${FIGURE}|${WORD_NUMBER})\\b(${SCALE_WORDS})(\\s?(?:%|per cent\\b|percent\\b))?`,
  // No /u: everything here is ASCII or a single UTF-16 unit, and /u makes \b and /i slow.
  'iy',
);

// Where the number of a NUMBER_AT match could begin: a digit, or a number word after a word
// boundary (every number word of WORD_NUMBER starts with one of these; "a dozen" with "dozen").
// Every match is one character, the word read by a look-ahead, so `test` tells where it is
// (lastIndex - 1) without the match array `exec` makes for each candidate.
const CANDIDATE =
  /\d|\b(?=two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)[a-z]/gi;

// Patterns used for every number are module constants: a regex literal in a function body makes
// a new RegExp object each time it is evaluated.
const COMMAS = /,/g;
const SHORT_UNIT_AFTER = /^(?:°|[A-Za-z]{1,3}\b)/;
const CLOCK_AFTER = /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b)/i;
const AGED_BEFORE = /\b(?:aged|age of|ages of)\s(?:\d{1,3},?\s(?:and\s|or\s)?)*$/i;
const NAME_COMMA_BEFORE = /\p{Lu}\p{Ll}+,\s$/u;
const AGE_AFTER = /^(?:,|\)|\s(?:years? old|and\s\d))/;
const PLURAL_NOUN_AFTER = /^\s\p{Ll}+s\b/u;

const UNIT_AFTER = /^\s(?:km|kg|cm|mm|mi|ft|lb|lbs|kW|MW|GW|kWh|ha|mph|kph|°C|°F|C|F|g|m|l|ml|sq)\b/;
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const MONTH_AFTER = /^\s(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const YEAR_CUE = /\b(?:in|since|by|until|till|from|of|to|and|early|late|mid|before|after|during|spring|summer|autumn|winter|fall)\s*-?$/i;

/** Char codes of the currency symbols NUMBER_AT reads before a number: € $ £ ¥ ₴. */
const CURRENCY_START = new Set(['€', '$', '£', '¥', '₴'].map((c) => c.charCodeAt(0)));
const HYPHEN_WORD = /^-(\p{L}+)/u;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
/** Lower-cased first letters of the ordinal suffixes: s, n, r, t. */
const ORDINAL_START = new Set([115, 110, 114, 116]);
const SCORE_AFTER = /^\s?[-–]\s?\d/;
const RANGE_AFTER = /^\s?(?:to|and)\s[\d€$£]/;
const RANGE_BEFORE = /\b(?:between|from)\s$/i;
// The word at lastIndex (sticky, read in the sentence itself rather than in a copy of the next
// 12 characters: a word cut there was longer than any currency word or code, as is the whole).
const CURRENCY_WORD_AT = /\s?([A-Za-z]+)/y;
const CODE_BEFORE = /\b(EUR|USD|GBP|UAH)\s?$/;
/** Last letters of the codes CODE_BEFORE knows: R, D, P, H. */
const CODE_LAST = new Set([82, 68, 80, 72]);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "-", "–", ":" or "/" between the halves of a score, time or fraction. */
function isScoreJoint(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 58 || c === 47;
}

/** Digits in a figure, its separators left out ("3,000" has 4). */
function digitCount(figure: string): number {
  let n = 0;
  for (let i = 0; i < figure.length; i++) if (isDigit(figure.charCodeAt(i))) n++;
  return n;
}

export function wordValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'a dozen') return 12;
  if (w in WORD_VALUES) return WORD_VALUES[w]!;
  const [tens, unit] = w.split('-');
  if (tens && unit && tens in WORD_VALUES && unit in WORD_VALUES) return WORD_VALUES[tens]! + WORD_VALUES[unit]!;
  return null;
}

export function figureValue(figure: string): number {
  return Number(figure.includes(',') ? figure.replace(COMMAS, '') : figure);
}

/**
 * Every number in `text` (a sentence), with offsets relative to `text`, plus `base`. With
 * `until`, reading stops after the first number it accepts: a caller wanting only the first
 * such number skips the work on the rest (each token is read independently of the others).
 */
export function findNumbers(text: string, base = 0, until?: (token: NumberToken) => boolean): NumberToken[] {
  const out: NumberToken[] = [];
  for (let m = nextNumber(text, 0); m; m = nextNumber(text, m.index + m[0].length)) {
    const [whole, symbol, num, scaleWord, percent] = m;
    const start = m.index;
    let end = start + whole.length;
    const c0 = num!.charCodeAt(0);
    const isWord = c0 < 48 || c0 > 57;
    // The second half of a score or time ("3-1", "10:30") was read with the first half.
    if (!isWord && start >= 2 && isScoreJoint(text.charCodeAt(start - 1)) && isDigit(text.charCodeAt(start - 2))) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    let value = isWord ? wordValue(num!) ?? NaN : figureValue(num!);
    if (Number.isNaN(value)) continue;
    const scale = scaleWord?.trim().toLowerCase();
    // "m"/"k" only count as scale words straight after a currency amount ("€3m"), not "10 m".
    if (scale && (scale.length > 2 || symbol)) value *= SCALE[scale] ?? 1;
    else if (scale) end -= scaleWord!.length;
    const after = text.slice(end, end + 40);

    let kind: NumberKind = 'count';
    let currency: string | null = symbol ? CURRENCY_SYMBOL[symbol.trim()] ?? null : null;
    let compound: string | null = null;
    // The cheap first-character tests below (a = the character after the number) only skip
    // regexes that could not match anyway; each regex still decides.
    const a = after.charCodeAt(0);
    const afterSpace = isSpace(a);
    const hyphen = a === 45 /* - */ ? HYPHEN_WORD.exec(after) : null;
    if (percent) kind = 'percent';
    else if (!isWord && ORDINAL_START.has(a | 32) && ORDINAL_AFTER.test(after)) kind = 'ordinal';
    else if (!isWord && value >= 1 && value <= 31 && (MONTHS.test(before.trimEnd()) || (afterSpace && MONTH_AFTER.test(after)))) kind = 'date';
    // An age follows a space ("aged 45", "Holm, 58,"): isAge's first test, made before slicing.
    else if (!isWord && start > 0 && text.charCodeAt(start - 1) === 32 && mayBeAge(text, start) && isAge(text.slice(Math.max(0, start - 40), start), after)) kind = 'measure';
    else if ((afterSpace || a === 45 || a === 0x2013) && SCORE_AFTER.test(after)) kind = 'score';
    else if ((afterSpace || a === 116 /* t */ || a === 97 /* a */) && RANGE_AFTER.test(after) && RANGE_BEFORE.test(before)) kind = 'score';
    else if (!isWord && a === 58 /* : */ && isDigit(after.charCodeAt(1))) kind = 'measure';
    else if (!isWord && !scaleWord && (SHORT_UNIT_AFTER.test(after) || UNIT_AFTER.test(after))) kind = 'measure';
    else if (CLOCK_AFTER.test(after)) kind = 'measure';
    else if (hyphen) {
      // "12-member committee" is a count of members; "five-year plan", "12-year-old" are not counts.
      compound = hyphen[1]!.toLowerCase();
      if (compound !== 'member') kind = 'measure';
    }
    if (!currency) {
      let cw: string | undefined;
      if (afterSpace || isAsciiLetter(a)) {
        CURRENCY_WORD_AT.lastIndex = end;
        cw = CURRENCY_WORD_AT.exec(text)?.[1];
      }
      // A Map, not an object: "3 constructors" must not find Object.prototype.constructor.
      const word = cw && cw.length <= LONGEST_CURRENCY_WORD ? CURRENCY_WORD.get(cw.toLowerCase()) : undefined;
      if (cw && (word || (cw.length === 3 && CURRENCY_CODE.test(cw)))) currency = word ?? cw;
      // A code before the number ends in R, D, P or H, at most one space before the number.
      const n = before.length;
      if (n > 0 && (CODE_LAST.has(before.charCodeAt(n - 1)) || CODE_LAST.has(before.charCodeAt(n - 2)))) {
        const pre = CODE_BEFORE.exec(before)?.[1];
        if (pre) currency = pre;
      }
    }
    if (currency && kind === 'count') kind = 'money';
    if (
      kind === 'count' && !isWord && !scaleWord && !currency && digitCount(num!) === 4 &&
      !num!.includes(',') && value >= 1800 && value <= 2100 && isYearContext(before, after)
    ) {
      kind = 'year';
    }
    const grouped = !isWord && value >= 1000 && !scaleWord && kind !== 'year' && !num!.includes('.')
      ? num!.includes(',')
      : null;
    const token: NumberToken = {
      start: base + start,
      end: base + end,
      raw: text.slice(start, end),
      value,
      form: isWord ? 'words' : 'digits',
      grouped,
      kind,
      currency,
      compound,
    };
    out.push(token);
    if (until?.(token)) break;
  }
  return out;
}

/**
 * The leftmost number expression starting at or after `from`. A match begins with its number (at
 * a CANDIDATE), or up to 4 characters before one with a currency symbol and space or the "a " of
 * "a dozen". So NUMBER_AT is tried only at those places, in increasing order, each once: the
 * same match a global search from `from` would find, without trying the pattern at every
 * character of a sentence (the simpler CANDIDATE pattern skips number-free text faster).
 */
function nextNumber(text: string, from: number): RegExpExecArray | null {
  let tried = from; // every place before this has been tried or cannot start a match
  CANDIDATE.lastIndex = from;
  while (CANDIDATE.test(text)) {
    const at = CANDIDATE.lastIndex - 1;
    for (let p = Math.max(tried, at - 4); p < at; p++) {
      const ch = text.charCodeAt(p);
      if (ch === 97 || ch === 65 || CURRENCY_START.has(ch)) {
        NUMBER_AT.lastIndex = p;
        const m = NUMBER_AT.exec(text);
        if (m) return m;
      }
    }
    NUMBER_AT.lastIndex = at;
    const m = NUMBER_AT.exec(text);
    if (m) return m;
    tried = at + 1;
    CANDIDATE.lastIndex = at + 1;
  }
  return null;
}

/**
 * The numbers of sentence `j` of the paragraph (`sentence` = its span), read once per paragraph
 * when a context is given: the numbers and sourcing checkers both need them.
 */
export function numbersOfSentence(sentence: SentenceSpan, j: number, context?: ParagraphContext): NumberToken[] {
  if (!context) return findNumbers(sentence.text);
  const all = (context.sentenceNumbers ??= []);
  return (all[j] ??= findNumbers(sentence.text));
}

/**
 * isAge's second test made on the sentence, before the 40 characters it reads are copied out:
 * "age" within them, or ", " right before the number.
 */
function mayBeAge(text: string, start: number): boolean {
  const age = text.indexOf('age', Math.max(0, start - 40));
  return (age >= 0 && age + 3 <= start) || (start >= 2 && text.charCodeAt(start - 2) === 44 /* , */);
}

/** "aged 45, 52 and 61", "Lars Holm, 58, said": ages, not counts. */
function isAge(before: string, after: string): boolean {
  if (!before.endsWith(' ')) return false;
  if (!before.includes('age') && !before.endsWith(', ')) return false;
  if (AGED_BEFORE.test(before)) return true;
  return NAME_COMMA_BEFORE.test(before) && AGE_AFTER.test(after);
}

function isYearContext(before: string, after: string): boolean {
  if (YEAR_CUE.test(before) || MONTHS.test(before.trim())) return true;
  // "3000 troops" is a count; "2025 was" / "2025." / "2025," is a year.
  return !PLURAL_NOUN_AFTER.test(after);
}

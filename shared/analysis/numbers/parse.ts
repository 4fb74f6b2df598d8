/**
 * Finding the numbers in a sentence and reading their values: figures ("3,000", "1.1 billion",
 * "€12 million", "20%") and number words ("two", "twenty-three", "a dozen"). Everything here is
 * linear regex work over one sentence at a time.
 */

import type { ParagraphContext } from '../checker.ts';
import type { SentenceSpan } from '../doc.ts';

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
const CURRENCY_WORD: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP',
  crown: 'crowns', crowns: 'crowns', kronor: 'crowns', kroner: 'crowns', hryvnia: 'UAH',
  hryvnias: 'UAH', yen: 'JPY', francs: 'CHF', rubles: 'RUB', roubles: 'RUB', won: 'KRW', yuan: 'CNY',
};
const CURRENCY_CODE = /^(EUR|USD|GBP|UAH|JPY|CHF|RUB|KRW|CNY)$/;

// "one" is left out: it is a pronoun far more often than a count ("one of the...").
const WORD_NUMBER =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen' +
  '|seventeen|eighteen|nineteen|a dozen)';
const FIGURE = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const SCALE_WORDS = '(?:\\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\\b)?';

// One pass over the sentence finds every candidate; the cases are sorted out in code.
const NUMBER_RE = new RegExp(
  `([€$£¥₴]\\s?)?\\b(${FIGURE}|${WORD_NUMBER})\\b(${SCALE_WORDS})(\\s?(?:%|per cent\\b|percent\\b))?`,
  // No /u: everything here is ASCII or a single UTF-16 unit, and /u makes \b and /i slow.
  'gi',
);

// Where a match of NUMBER_RE could first begin: a digit, or a number word after a word boundary
// (every number word of WORD_NUMBER starts with one of these; "a dozen" with "dozen").
const FIRST_CANDIDATE =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)/i;

const UNIT_AFTER = /^\s(?:km|kg|cm|mm|mi|ft|lb|lbs|kW|MW|GW|kWh|ha|mph|kph|°C|°F|C|F|g|m|l|ml|sq)\b/;
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const MONTH_AFTER = /^\s(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const YEAR_CUE = /\b(?:in|since|by|until|till|from|of|to|and|early|late|mid|before|after|during|spring|summer|autumn|winter|fall)\s*-?$/i;

export function wordValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'a dozen') return 12;
  if (w in WORD_VALUES) return WORD_VALUES[w]!;
  const [tens, unit] = w.split('-');
  if (tens && unit && tens in WORD_VALUES && unit in WORD_VALUES) return WORD_VALUES[tens]! + WORD_VALUES[unit]!;
  return null;
}

export function figureValue(figure: string): number {
  return Number(figure.includes(',') ? figure.replace(/,/g, '') : figure);
}

/**
 * Every number in `text` (a sentence), with offsets relative to `text`, plus `base`. With
 * `until`, reading stops after the first number it accepts: a caller wanting only the first
 * such number skips the work on the rest (each token is read independently of the others).
 */
export function findNumbers(text: string, base = 0, until?: (token: NumberToken) => boolean): NumberToken[] {
  const out: NumberToken[] = [];
  // Most sentences hold no number: a digit or number word is needed for any match, and this
  // simpler pattern finds the first one several times faster than NUMBER_RE would fail.
  const first = FIRST_CANDIDATE.exec(text);
  if (!first) return out;
  // No match of NUMBER_RE can start more than 4 characters before that candidate (a currency
  // symbol and space, or the "a " of "a dozen"), so the search starts there.
  NUMBER_RE.lastIndex = Math.max(0, first.index - 4);
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const [whole, symbol, num, scaleWord, percent] = m;
    const start = m.index;
    let end = start + whole.length;
    const c0 = num!.charCodeAt(0);
    const isWord = c0 < 48 || c0 > 57;
    const before = text.slice(Math.max(0, start - 12), start);
    // The second half of a score or time ("3-1", "10:30") was read with the first half.
    if (!isWord && /\d[-–:/]$/.test(before)) continue;
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
    const digits = num!.replace(/[,.]/g, '');
    const hyphen = /^-(\p{L}+)/u.exec(after);
    if (percent) kind = 'percent';
    else if (!isWord && /^(?:st|nd|rd|th)\b/i.test(after)) kind = 'ordinal';
    else if (!isWord && value >= 1 && value <= 31 && (MONTHS.test(before.trimEnd()) || MONTH_AFTER.test(after))) kind = 'date';
    else if (!isWord && isAge(text.slice(Math.max(0, start - 40), start), after)) kind = 'measure';
    else if (/^\s?[-–]\s?\d/.test(after)) kind = 'score';
    else if (/^\s?(?:to|and)\s[\d€$£]/.test(after) && /\b(?:between|from)\s$/i.test(before)) kind = 'score';
    else if (!isWord && /^[:]\d/.test(after)) kind = 'measure';
    else if (!isWord && !scaleWord && (/^(?:°|[A-Za-z]{1,3}\b)/.test(after) || UNIT_AFTER.test(after))) kind = 'measure';
    else if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b)/i.test(after)) kind = 'measure';
    else if (hyphen) {
      // "12-member committee" is a count of members; "five-year plan", "12-year-old" are not counts.
      compound = hyphen[1]!.toLowerCase();
      if (compound !== 'member') kind = 'measure';
    }
    if (!currency) {
      const cw = /^\s?([A-Za-z]+)/.exec(text.slice(end, end + 12))?.[1];
      // Own properties only: "3 constructors" must not find Object.prototype.constructor.
      const word = cw && Object.hasOwn(CURRENCY_WORD, cw.toLowerCase()) ? CURRENCY_WORD[cw.toLowerCase()] : undefined;
      if (cw && (word || CURRENCY_CODE.test(cw))) currency = word ?? cw;
      const pre = /\b(EUR|USD|GBP|UAH)\s?$/.exec(before)?.[1];
      if (pre) currency = pre;
    }
    if (currency && kind === 'count') kind = 'money';
    if (
      kind === 'count' && !isWord && !scaleWord && !currency && digits.length === 4 &&
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
 * The numbers of sentence `j` of the paragraph (`sentence` = its span), read once per paragraph
 * when a context is given: the numbers and sourcing checkers both need them.
 */
export function numbersOfSentence(sentence: SentenceSpan, j: number, context?: ParagraphContext): NumberToken[] {
  if (!context) return findNumbers(sentence.text);
  const all = (context.sentenceNumbers ??= []);
  return (all[j] ??= findNumbers(sentence.text));
}

/** "aged 45, 52 and 61", "Lars Holm, 58, said": ages, not counts. */
function isAge(before: string, after: string): boolean {
  if (!before.endsWith(' ')) return false;
  if (!before.includes('age') && !before.endsWith(', ')) return false;
  if (/\b(?:aged|age of|ages of)\s(?:\d{1,3},?\s(?:and\s|or\s)?)*$/i.test(before)) return true;
  return /\p{Lu}\p{Ll}+,\s$/u.test(before) && /^(?:,|\)|\s(?:years? old|and\s\d))/.test(after);
}

function isYearContext(before: string, after: string): boolean {
  if (YEAR_CUE.test(before) || MONTHS.test(before.trim())) return true;
  // "3000 troops" is a count; "2025 was" / "2025." / "2025," is a year.
  return !/^\s\p{Ll}+s\b/u.test(after);
}

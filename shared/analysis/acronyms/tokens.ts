/**
 * Which all-capital tokens are acronyms. Not every run of capitals is one: shouted words and
 * all-caps headlines, roman numerals (World War II), units and times (500 MW, 9 PM), currency
 * codes, single letters and model codes with digits (F-16, G7) are left out.
 */

// Module constants, not literals in the functions below: a regex literal in a function body makes
// a new RegExp object each time it is evaluated, and these run for every paragraph and acronym.
const NAME_AFTER = /^ \p{Lu}\p{Ll}/u;

export interface AcronymUse {
  /** The acronym without possessive or plural ending: "WFA" for "WFA's", "NGO" for "NGOs". */
  acronym: string;
  start: number;
  end: number;
  /** Written as a name, not an acronym to expand ("ACME Corp"). */
  name?: boolean;
  /** Followed by a capitalised word: initials of a name ("JD Vance") or part of one ("JD Sports"). */
  beforeName?: boolean;
}

// Two or more capitals (an "&" or dots allowed inside: AT&T, U.S.), then an optional plural
// "s" or possessive. Digits are excluded on purpose: G7, F-16 and MH17 are codes, not acronyms.
// Sticky: tried only where TOKEN_START and mayStartToken allow a match (see findAcronymUses).
const TOKEN = /(?<![\p{L}\p{N}&.])((?:[A-Z]\.){2,}|[A-Z][A-Z&]*[A-Z])(s\b|['’]s\b)?(?![\p{L}\p{N}&])/uy;
// Where TOKEN can start: a capital, then a capital, "&" or ".". A global search of TOKEN itself
// finds the same matches but reads its Unicode look-behind at every position of the paragraph;
// this simple pattern skips through the text about twice as fast.
const TOKEN_START = /[A-Z][A-Z&.]/g;

/**
 * The length of the plural or possessive ending ("s", "'s", "’s") a TOKEN match ending at `end`
 * closes with: the capitals before it hold no lower-case "s" and no apostrophe.
 */
function suffixLength(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 115) return 0;
  const before = text.charCodeAt(end - 2);
  return before === 39 || before === 0x2019 ? 2 : 1;
}

/** TOKEN's look-behind by char code where it is ASCII: no letter, digit, "&" or "." before `at`. */
function mayStartToken(text: string, at: number): boolean {
  if (at === 0) return true;
  const prev = text.charCodeAt(at - 1);
  return !((prev >= 97 && prev <= 122) || (prev >= 65 && prev <= 90) || (prev >= 48 && prev <= 57) || prev === 38 || prev === 46);
}

const ROMAN = /^(?=[IVXLC])X{0,3}(?:IX|IV|V?I{0,3})$|^(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const UNITS = new Set([
  'AM', 'PM', 'BC', 'AD', 'BCE', 'CE', 'GMT', 'UTC', 'CET', 'CEST', 'EET', 'EEST', 'EST', 'EDT',
  'PST', 'PDT', 'BST', 'IST', 'KST', 'JST', 'MW', 'GW', 'KW', 'TW', 'MWH', 'GWH', 'TWH', 'KB',
  'MB', 'GB', 'TB', 'HP', 'BHP', 'MPH', 'KPH', 'KM', 'KG', 'CM', 'MM', 'ML', 'FM', 'HZ', 'KHZ',
  'MHZ', 'GHZ', 'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'UAH', 'RUB', 'CNY', 'KRW', 'CAD', 'AUD',
  'SEK', 'NOK', 'DKK', 'PLN', 'INR',
]);

const COMPANY_SUFFIX = /^(?:['’]s)?\s(?:Corp|Corporation|Inc|Ltd|Limited|plc|PLC|LLC|GmbH|AG|SA|SE|NV|Group|Holdings|Co)\b/;

// English words that turn up in capitals for emphasis, labels or all-caps headlines.
const SHOUTED = new Set([
  'A', 'AN', 'THE', 'AND', 'OR', 'BUT', 'OF', 'TO', 'IN', 'ON', 'AT', 'BY', 'FOR', 'IS', 'IT', 'BE',
  'WE', 'HE', 'ME', 'MY', 'SO', 'DO', 'GO', 'NO', 'NOT', 'YES', 'ALL', 'NEW', 'NOW', 'NEWS',
  'BREAKING', 'UPDATE', 'UPDATED', 'LIVE', 'WATCH', 'VIDEO', 'PHOTO', 'PHOTOS', 'READ', 'MORE',
  'EXCLUSIVE', 'OPINION', 'ANALYSIS', 'URGENT', 'ALERT', 'NOTE', 'EDITOR', 'EDITORS', 'CORRECTION',
  'WARNING', 'FREE', 'STOP', 'HELP', 'END', 'TOP', 'UP', 'OUT', 'OFF', 'SALE', 'FINAL', 'NEVER',
  'ALWAYS', 'VERY', 'REALLY', 'MUST', 'WILL', 'THIS', 'THAT', 'WHAT', 'WHY', 'HOW', 'WHEN', 'OK',
  'OKAY', 'SOS', 'FAQ', 'PS', 'VS', 'ETC', 'SEE', 'ALSO', 'INFO', 'TIP', 'TIPS', 'FOLLOW', 'SHARE',
  'ADVERTISEMENT', 'SPONSORED', 'CONTACT', 'HOME', 'MENU', 'SEARCH', 'LOGIN', 'SUBSCRIBE',
]);

/** A paragraph written mostly in capitals is a headline or shouting, not acronym use. */
function isAllCaps(paragraph: string): boolean {
  let upper = 0;
  let lower = 0;
  const n = paragraph.length;
  for (let i = 0; i < n; i++) {
    const c = paragraph.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) {
      lower++;
      // Even if every character left were a capital, capitals could no longer outnumber
      // lower case three to one: ordinary copy stops here, about a third of the way in.
      if (upper + (n - i - 1) <= lower * 3) return false;
    }
  }
  return upper >= 8 && upper > lower * 3;
}

export function findAcronymUses(paragraph: string): AcronymUse[] {
  const raw: { acronym: string; start: number; end: number }[] = [];
  // test() rather than exec(): the patterns' positions are read from lastIndex, and no match
  // object is made per candidate or token.
  TOKEN_START.lastIndex = 0;
  while (TOKEN_START.test(paragraph)) {
    const at = TOKEN_START.lastIndex - 2; // the two characters matched
    // A global search of TOKEN goes on after the whole match, or one character on.
    TOKEN_START.lastIndex = at + 1;
    if (!mayStartToken(paragraph, at)) continue;
    TOKEN.lastIndex = at;
    if (!TOKEN.test(paragraph)) continue;
    const matchEnd = TOKEN.lastIndex;
    TOKEN_START.lastIndex = matchEnd;
    const end = matchEnd - suffixLength(paragraph, matchEnd);
    const written = paragraph.slice(at, end);
    const acronym = written.includes('.') ? written.replace(/\./g, '') : written;
    if (acronym.length < 2) continue;
    raw.push({ acronym, start: at, end });
  }
  // Most paragraphs have no token at all and are done; a headline or shouting has no acronym use.
  if (raw.length === 0 || isAllCaps(paragraph)) return [];
  const out: AcronymUse[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (inShoutedRun(raw, paragraph, i)) continue;
    if (isDateline(paragraph, t)) continue;
    // "ACME Corp", "BASF SE": a company that writes its name in capitals. Marked, so that the
    // article's other mentions of it ("ACME's chief executive") are left alone too.
    if (COMPANY_SUFFIX.test(paragraph.slice(t.end, t.end + 14))) {
      out.push({ ...t, name: true });
      continue;
    }
    if (SHOUTED.has(t.acronym) || UNITS.has(t.acronym.toUpperCase())) continue;
    if (ROMAN.test(t.acronym) && isRomanContext(paragraph, t.start)) continue;
    out.push(NAME_AFTER.test(paragraph.slice(t.end, t.end + 3)) ? { ...t, beforeName: true } : t);
  }
  return out;
}

function inShoutedRun(raw: readonly { acronym: string; start: number; end: number }[], text: string, i: number): boolean {
  // Count the capital words joined to this one by plain spaces on both sides.
  let lo = i;
  while (lo > 0 && isPlainGap(text, raw[lo - 1]!.end, raw[lo]!.start)) lo--;
  let hi = i;
  while (hi < raw.length - 1 && isPlainGap(text, raw[hi]!.end, raw[hi + 1]!.start)) hi++;
  // Two or more capital words in a row are a shouted phrase, a byline or a brand
  // ("BREAKING NEWS", "By JOHN SMITH", "ELITEXPERT GROUP"), not acronyms in running text.
  return hi > lo;
}

/**
 * Whether text[from, to) matches `/^['’s]*[ \t]+$/`: an optional possessive or plural ending,
 * then only spaces and tabs. A char loop, without slicing, as it runs for every capital token.
 */
function isPlainGap(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c !== 39 && c !== 0x2019 && c !== 115) break;
    i++;
  }
  // The two character sets do not overlap, so no backtracking is needed: at least one space
  // or tab must follow the ending, and nothing else up to the end.
  if (i === to) return false;
  for (let k = i; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** "KYIV (Reuters) -", "WASHINGTON, Nov 5 -": the place name in capitals opening a news story. */
function isDateline(paragraph: string, t: { start: number; end: number; acronym: string }): boolean {
  if (t.acronym.length < 4 || paragraph.slice(0, t.start).trim() !== '') return false;
  return /^,?\s*(?:\p{Lu}\p{Ll}*\.?\s+\d{1,2},?\s*)?(?:\([^)]{1,40}\)\s*)?[-–—]/u.test(paragraph.slice(t.end, t.end + 60));
}

/** "World War II", "Pope Leo XIV", "Phase II": a roman numeral after a capitalised word. */
function isRomanContext(paragraph: string, start: number): boolean {
  return /\p{Lu}\p{Ll}*\s$/u.test(paragraph.slice(Math.max(0, start - 30), start));
}

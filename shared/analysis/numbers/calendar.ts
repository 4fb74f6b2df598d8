/**
 * A date stated with its weekday ("10 September 2025, a Thursday"; "Friday, 1 August 2025")
 * can be checked by arithmetic alone. Only full dates with a year are checked: without the
 * year the weekday cannot be known.
 */

export interface LocalConflict {
  /** Paragraph-relative spans. */
  start: number;
  end: number;
  otherStart: number;
  otherEnd: number;
  message: string;
  /** Content key for the stable id. */
  key: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+(\\d{4})\\b`, 'g');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g');
const WEEKDAY_BEFORE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$/;
const WEEKDAY_AFTER = /^\s*(?:,|\(|–|-)\s*((?:which (?:is|was|will be) )?(?:on )?a )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

// Module constants: a regex literal in a function body makes a new RegExp object per call.
const DAY_END = /day\b/;
const FOUR_DIGITS = /\d{4}/;

function weekdayOf(day: number, month: number, year: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month || d.getUTCDate() !== day) return null; // 31 June and the like
  return WEEKDAYS[d.getUTCDay()]!;
}

export function weekdayConflicts(paragraph: string): LocalConflict[] {
  // Every weekday name ends in "day", and only a date with a year can be checked. The year
  // first: far fewer paragraphs have one than a "day".
  if (!FOUR_DIGITS.test(paragraph) || !DAY_END.test(paragraph)) return [];
  const out: LocalConflict[] = [];
  const check = (start: number, end: number, day: number, monthName: string, year: number): void => {
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
    const actual = weekdayOf(day, month, year);
    if (!actual) return;
    const before = WEEKDAY_BEFORE.exec(paragraph.slice(Math.max(0, start - 20), start));
    const after = WEEKDAY_AFTER.exec(paragraph.slice(end, end + 40));
    let stated: string | null = null;
    let wStart = 0;
    let wEnd = 0;
    if (before) {
      stated = before[1]!;
      wStart = start - (Math.min(start, 20) - before.index);
      wEnd = wStart + stated.length;
    } else if (after) {
      stated = after[2]!;
      wEnd = end + after.index + after[0].length;
      wStart = wEnd - stated.length - (after[1] ? after[1].length : 0);
    }
    if (!stated || stated === actual) return;
    const date = paragraph.slice(start, end);
    out.push({
      start,
      end,
      otherStart: wStart,
      otherEnd: wEnd,
      message: `${date} is a ${actual}, not a ${stated}; check the date or the weekday.`,
      key: `${date}|${stated}`,
    });
  };
  DAY_MONTH_YEAR.lastIndex = 0;
  for (let m = DAY_MONTH_YEAR.exec(paragraph); m; m = DAY_MONTH_YEAR.exec(paragraph)) {
    check(m.index, m.index + m[0].length, Number(m[1]), m[2]!, Number(m[3]));
  }
  MONTH_DAY_YEAR.lastIndex = 0;
  for (let m = MONTH_DAY_YEAR.exec(paragraph); m; m = MONTH_DAY_YEAR.exec(paragraph)) {
    check(m.index, m.index + m[0].length, Number(m[2]), m[1]!, Number(m[3]));
  }
  return out;
}

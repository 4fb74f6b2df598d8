/**
 * A percentage change stated beside the two values it is computed from ("profit fell 20% to
 * 80 million crowns from 120 million") can be recomputed, and so can "doubled to ... from ..."
 * and a share of a whole ("1,200 jobs, about 8% of its 15,000 staff"). Every figure in copy is
 * rounded, so each is read as an interval (80 million = 75–85 million, 1.2 billion = 1.15–1.25
 * billion) and only a claim outside every value those intervals allow is a conflict.
 */
import type { LocalConflict } from './calendar.ts';

const RISE = 'rose|rise|rises|rising|risen|increased|increase|grew|grown|jumped|climbed|gained|soared|surged|up';
const FALL = 'fell|fall|falls|fallen|falling|dropped|drop|declined|decline|decreased|slumped|plunged|sank|shrank|lost|down|slid|tumbled';
const CHANGE = new RegExp(
  `\\b(${RISE}|${FALL})\\s+(?:by\\s+)?(about\\s+|nearly\\s+|almost\\s+|some\\s+|roughly\\s+|around\\s+)?(\\d+(?:\\.\\d+)?)\\s?(?:%|per cent\\b|percent\\b)(?!\\s*(?:points?|percentage))`,
  'gi',
);
const AMOUNT = '[€$£]?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s?(thousand|million|billion|trillion|bn|m)\\b)?';
const TO_FROM = new RegExp(`^(?:[^.;%]{0,40}?)\\bto\\s+(${AMOUNT})(?:\\s+[\\p{L}]+)?,?\\s+(?:from|compared with|versus|vs\\.?)\\s+(${AMOUNT})`, 'u');
const FROM_TO = new RegExp(`^(?:[^.;%]{0,40}?)\\bfrom\\s+(${AMOUNT})(?:\\s+[\\p{L}]+)?,?\\s+to\\s+(${AMOUNT})`, 'u');
const FALL_WORDS = new RegExp(`^(?:${FALL})$`, 'i');
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };

interface Amount {
  value: number;
  /** Half the step of the last stated digit, in the same units as `value`. */
  err: number;
  scale: number;
}

function amount(intPart: string, frac: string | undefined, scale: string | undefined): Amount {
  const digits = intPart.replace(/,/g, '');
  const zeros = /0*$/.exec(digits)![0].length;
  return {
    value: Number(`${digits}${frac ? `.${frac}` : ''}`),
    err: frac ? 0.5 * 10 ** -frac.length : 0.5 * 10 ** Math.min(zeros, digits.length - 1),
    scale: scale ? SCALE[scale.toLowerCase()] ?? 1 : 1,
  };
}

type Interval = [lo: number, hi: number];

/** The amounts as intervals, a missing scale word taken from the other ("to 80 million from 120"). */
function scaled(a: Amount, b: Amount): [Interval, Interval] {
  const common = Math.max(a.scale, b.scale);
  const s = (x: Amount): Interval => {
    const k = x.scale > 1 ? x.scale : common;
    return [(x.value - x.err) * k, (x.value + x.err) * k];
  };
  return [s(a), s(b)];
}

/** Range of f(a, b) over the corners of two intervals (f is monotonic in each argument here). */
function spread(f: (a: number, b: number) => number, a: Interval, b: Interval): Interval {
  const v = [f(a[0], b[0]), f(a[0], b[1]), f(a[1], b[0]), f(a[1], b[1])].filter(Number.isFinite);
  return [Math.min(...v), Math.max(...v)];
}

const mid = (i: Interval): number => (i[0] + i[1]) / 2;

function meets(range: Interval, value: number, slack: number): boolean {
  return value + slack >= range[0] && value - slack <= range[1];
}

// "%" is found by indexOf and "per cent" by a pattern with a literal start: the one pattern
// /%|per ?cent/ has no common first character and was tried at every position of the text.
const PER_CENT = /per ?cent/;

/** Whether the paragraph has a percentage sign or "per cent"/"percent". */
export function mentionsPercent(paragraph: string): boolean {
  return paragraph.includes('%') || PER_CENT.test(paragraph);
}

// The words of MULTIPLE, grouped by ending (a quicker pass than five alternatives under /i).
const MULTIPLE_WORD = /(?:doub|trip|treb|quadrup)led|halved/i;

const MULTIPLE = new RegExp(`\\b(doubled|tripled|trebled|quadrupled|halved)\\b`, 'gi');
const FACTOR: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5 };

/** "Sales doubled to 80 million from 45 million": the ratio should be near the word's. */
export function multipleConflicts(paragraph: string): LocalConflict[] {
  if (!MULTIPLE_WORD.test(paragraph)) return [];
  const out: LocalConflict[] = [];
  MULTIPLE.lastIndex = 0;
  for (let m = MULTIPLE.exec(paragraph); m; m = MULTIPLE.exec(paragraph)) {
    const restStart = m.index + m[0].length;
    const values = toFrom(paragraph.slice(restStart, restStart + 160));
    if (!values) continue;
    const factor = FACTOR[m[1]!.toLowerCase()]!;
    const ratios = spread((to, from) => to / from, values.to, values.from);
    if (meets(ratios, factor, factor * 0.15)) continue;
    const ratio = mid(values.to) / mid(values.from);
    const relStart = restStart + values.at;
    const relEnd = restStart + values.end;
    out.push({
      start: m.index,
      end: restStart,
      otherStart: relStart,
      otherEnd: relEnd,
      message: `"${m[0]}" does not match the figures given: ${paragraph.slice(relStart, relEnd)} is a factor of ${ratio.toFixed(2)}.`,
      key: `${m[0]}|${paragraph.slice(relStart, relEnd)}`,
    });
  }
  return out;
}

/** The "to A from B" / "from B to A" values after a change word, as intervals. */
function toFrom(rest: string): { to: Interval; from: Interval; at: number; end: number } | null {
  const tf = TO_FROM.exec(rest);
  const ft = tf ? null : FROM_TO.exec(rest);
  const m = tf ?? ft;
  if (!m) return null;
  const a = amount(m[2]!, m[3], m[4]);
  const b = amount(m[6]!, m[7], m[8]);
  const [to, from] = scaled(tf ? a : b, tf ? b : a);
  if (from[0] <= 0) return null;
  return { to, from, at: m[0].search(/\b(?:to|from)\s/), end: m[0].length };
}

export function percentChangeConflicts(paragraph: string): LocalConflict[] {
  if (!mentionsPercent(paragraph)) return [];
  const out: LocalConflict[] = [];
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(paragraph); m; m = CHANGE.exec(paragraph)) {
    const restStart = m.index + m[0].length;
    const values = toFrom(paragraph.slice(restStart, restStart + 160));
    if (!values) continue;
    const verb = m[1]!;
    const stated = Number(m[3]) * (FALL_WORDS.test(verb) ? -1 : 1);
    const changes = spread((to, from) => ((to - from) / from) * 100, values.to, values.from);
    const statedErr = m[3]!.includes('.') ? 0.05 : 0.5;
    if (meets(changes, stated, statedErr + (m[2] ? Math.max(2, Math.abs(stated) * 0.1) : 0))) continue;
    const actual = ((mid(values.to) - mid(values.from)) / mid(values.from)) * 100;
    const relStart = restStart + values.at;
    const relEnd = restStart + values.end;
    out.push({
      start: m.index,
      end: restStart,
      otherStart: relStart,
      otherEnd: relEnd,
      message: `"${m[0]}" does not match the figures given: ${paragraph.slice(relStart, relEnd)} is a change of ${actual > 0 ? '+' : ''}${actual.toFixed(1)}%.`,
      key: `${m[0]}|${paragraph.slice(relStart, relEnd)}`,
    });
  }
  return out;
}

const SHARE = new RegExp(
  '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s?(thousand|million|billion))?(?:\\s+[a-z-]+){0,2},?\\s+' +
    '((?:or\\s+)?(?:about|some|roughly|nearly|almost|around|approximately)\\s+|or\\s+)?(\\d+(?:\\.\\d+)?)\\s?(?:%|per cent\\b|percent\\b)\\s+of\\s+' +
    '(?:(?:its|the|their|his|her|our|a|an|all)\\s+)?(?:[a-z-]+\\s+){0,2}(?:of\\s+)?((?:about|some|around|nearly|roughly)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s?(thousand|million|billion))?',
  'g',
);

/** "1,200 jobs, about 8% of its workforce of 15,000": the share should match the two counts. */
export function shareConflicts(paragraph: string): LocalConflict[] {
  if (!mentionsPercent(paragraph)) return [];
  const out: LocalConflict[] = [];
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(paragraph); m; m = SHARE.exec(paragraph)) {
    const [part, whole] = scaled(amount(m[1]!, undefined, m[2]), amount(m[6]!, undefined, m[7]));
    if (whole[0] <= part[1] || whole[0] <= 0) continue;
    const stated = Number(m[4]);
    const shares = spread((n, total) => (n / total) * 100, part, whole);
    const loose = Boolean((m[3] && m[3].trim() !== 'or') || m[5]);
    if (meets(shares, stated, (m[4]!.includes('.') ? 0.05 : 0.5) + (loose ? Math.max(1, stated * 0.1) : 0))) continue;
    const actual = (mid(part) / mid(whole)) * 100;
    const pctStart = m.index + m[0].search(/\d+(?:\.\d+)?\s?(?:%|per cent|percent)\s+of/);
    out.push({
      start: pctStart,
      end: m.index + m[0].length,
      otherStart: m.index,
      otherEnd: m.index + m[1]!.length + (m[2] ? m[0].slice(m[1]!.length).indexOf(m[2]) + m[2].length : 0),
      message: `${m[1]}${m[2] ? ` ${m[2]}` : ''} out of ${m[6]}${m[7] ? ` ${m[7]}` : ''} is ${actual.toFixed(1)}%, not ${stated}%; check the figures.`,
      key: `share|${m[0]}`,
    });
  }
  return out;
}

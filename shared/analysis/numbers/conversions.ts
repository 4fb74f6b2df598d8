/**
 * A measurement given with its conversion in brackets ("41C (106F)", "12,000 hectares (about
 * 30,000 acres)", "80 km (50 miles)") can be recomputed. A conversion off by more than its
 * rounding is a conflict. Only the units of news copy are known; anything else is skipped.
 */
import type { LocalConflict } from './calendar.ts';

interface Unit {
  dimension: 'length' | 'area' | 'mass' | 'volume' | 'speed' | 'temperature';
  /** Size in the dimension's base unit; several when the unit is ambiguous (US/UK gallons). */
  factors: number[];
  /** Temperature scales are offset, not just scaled. */
  scale?: 'C' | 'F';
}

const UNITS: [RegExp, Unit][] = [
  [/^(?:km|kilomet(?:re|er)s?)$/i, { dimension: 'length', factors: [1000] }],
  [/^(?:m|met(?:re|er)s?)$/i, { dimension: 'length', factors: [1] }],
  [/^(?:mi|miles?)$/i, { dimension: 'length', factors: [1609.344] }],
  [/^(?:ft|feet|foot)$/i, { dimension: 'length', factors: [0.3048] }],
  [/^(?:ha|hectares?)$/i, { dimension: 'area', factors: [1e4] }],
  [/^acres?$/i, { dimension: 'area', factors: [4046.86] }],
  [/^(?:sq km|km2|km²|square kilomet(?:re|er)s?)$/i, { dimension: 'area', factors: [1e6] }],
  [/^(?:sq mi|square miles?)$/i, { dimension: 'area', factors: [2.58999e6] }],
  [/^(?:kg|kilos?|kilograms?)$/i, { dimension: 'mass', factors: [1] }],
  [/^(?:lb|lbs|pounds?)$/i, { dimension: 'mass', factors: [0.45359] }],
  [/^(?:tonnes?|metric tons?)$/i, { dimension: 'mass', factors: [1000] }],
  [/^tons?$/i, { dimension: 'mass', factors: [907.18, 1016.05, 1000] }],
  [/^(?:l|lit(?:re|er)s?)$/i, { dimension: 'volume', factors: [1] }],
  [/^gallons?$/i, { dimension: 'volume', factors: [3.78541, 4.54609] }],
  [/^(?:km\/h|kph|kmh)$/i, { dimension: 'speed', factors: [1] }],
  [/^mph$/i, { dimension: 'speed', factors: [1.609344] }],
  [/^(?:°?C|degrees? Celsius|Celsius)$/, { dimension: 'temperature', factors: [1], scale: 'C' }],
  [/^(?:°?F|degrees? Fahrenheit|Fahrenheit)$/, { dimension: 'temperature', factors: [1], scale: 'F' }],
];

const UNIT_WORDS =
  'km\\/h|kph|kmh|mph|sq km|sq mi|km2|km²|square kilomet(?:re|er)s?|square miles?|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|mi|km|m|ft|feet|foot|' +
  'hectares?|ha|acres?|kilograms?|kilos?|kg|lbs?|pounds?|metric tons?|tonnes?|tons?|lit(?:re|er)s?|l|gallons?|°?C|°?F|degrees? Celsius|degrees? Fahrenheit|Celsius|Fahrenheit';
const NUM = '(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)';
const PAIR = new RegExp(
  `${NUM}\\s?(${UNIT_WORDS})\\s*\\(\\s*(about |around |some |roughly |nearly |almost |approximately |more than |over |or )?${NUM}\\s?(${UNIT_WORDS})\\s*\\)`,
  'g',
);

function unitOf(word: string): Unit | null {
  for (const [re, unit] of UNITS) if (re.test(word)) return unit;
  return null;
}

function toNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Half the step of the stated figure's last significant digit: 30,000 may stand for 29,650. */
function roundingOf(stated: string): number {
  const digits = stated.replace(/[-,]/g, '');
  if (digits.includes('.')) return 0.5 * 10 ** -(digits.split('.')[1]!.length);
  const zeros = /0*$/.exec(digits)![0].length;
  return 0.5 * 10 ** Math.min(zeros, digits.length - 1);
}

function convert(value: number, from: Unit, to: Unit): number[] {
  if (from.scale === 'C' && to.scale === 'F') return [(value * 9) / 5 + 32];
  if (from.scale === 'F' && to.scale === 'C') return [((value - 32) * 5) / 9];
  return from.factors.flatMap((f) => to.factors.map((g) => (value * f) / g));
}

// What PAIR needs inside its brackets: a figure, maybe after an approximation. Most brackets in
// copy hold an abbreviation ("(NATO)"), and this test, starting at "(", is a quicker pass than PAIR.
const FIGURE_IN_BRACKETS = /\(\s*(?:about |around |some |roughly |nearly |almost |approximately |more than |over |or )?-?\d/;

export function conversionConflicts(paragraph: string): LocalConflict[] {
  if (!paragraph.includes('(') || !FIGURE_IN_BRACKETS.test(paragraph)) return [];
  const out: LocalConflict[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(paragraph); m; m = PAIR.exec(paragraph)) {
    const from = unitOf(m[2]!);
    const to = unitOf(m[5]!);
    if (!from || !to || from.dimension !== to.dimension || from === to) continue;
    const stated = toNumber(m[4]!);
    const expected = convert(toNumber(m[1]!), from, to);
    const loose = m[3] ? 0.1 : 0.04;
    const ok = expected.some((e) => Math.abs(stated - e) <= Math.max(roundingOf(m[4]!) + 0.01, Math.abs(e) * loose, from.dimension === 'temperature' ? 1.5 : 0));
    if (ok) continue;
    const first = `${m[1]}${m[0].slice(m[1]!.length).split('(')[0]!.trimEnd()}`;
    const open = m.index + m[0].indexOf('(') + 1;
    const close = m.index + m[0].lastIndexOf(')');
    const second = paragraph.slice(open, close).trim();
    const best = expected[0]!;
    out.push({
      start: m.index,
      end: m.index + first.length,
      otherStart: open + paragraph.slice(open, close).indexOf(second),
      otherEnd: open + paragraph.slice(open, close).indexOf(second) + second.length,
      message: `${first} is about ${best >= 100 ? Math.round(best).toLocaleString('en-GB') : best.toFixed(1)}${/^°?[CF]$/.test(m[5]!) ? '' : ' '}${m[5]}, not ${m[4]}; check the conversion.`,
      key: `${first}|${second}`,
    });
  }
  return out;
}

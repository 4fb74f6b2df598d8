/**
 * A percentage change stated beside the two values it is computed from ("profit fell 20% to
 * 80 million crowns from 120 million") can be recomputed. A mismatch beyond rounding, or a
 * rise that is really a fall, is a conflict.
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

function amount(intPart: string, frac: string | undefined, scale: string | undefined): { value: number; scale: number } {
  const s = scale ? SCALE[scale.toLowerCase()] ?? 1 : 1;
  return { value: Number(`${intPart.replace(/,/g, '')}${frac ? `.${frac}` : ''}`), scale: s };
}

export function percentChangeConflicts(paragraph: string): LocalConflict[] {
  const out: LocalConflict[] = [];
  for (const m of paragraph.matchAll(CHANGE)) {
    const restStart = m.index + m[0].length;
    const rest = paragraph.slice(restStart, restStart + 160);
    let newAmt;
    let oldAmt;
    let spanText: RegExpExecArray | null;
    const tf = TO_FROM.exec(rest);
    const ft = tf ? null : FROM_TO.exec(rest);
    if (tf) {
      newAmt = amount(tf[2]!, tf[3], tf[4]);
      oldAmt = amount(tf[6]!, tf[7], tf[8]);
      spanText = tf;
    } else if (ft) {
      oldAmt = amount(ft[2]!, ft[3], ft[4]);
      newAmt = amount(ft[6]!, ft[7], ft[8]);
      spanText = ft;
    } else continue;
    // "to 80 million from 120" — a missing scale word is the other value's.
    const scale = Math.max(newAmt.scale, oldAmt.scale);
    const to = newAmt.value * (newAmt.scale > 1 ? newAmt.scale : scale);
    const from = oldAmt.value * (oldAmt.scale > 1 ? oldAmt.scale : scale);
    if (from === 0) continue;
    const verb = m[1]!;
    const stated = Number(m[3]) * (FALL_WORDS.test(verb) ? -1 : 1);
    const actual = ((to - from) / from) * 100;
    const tolerance = (m[2] ? 3 : 1) + Math.abs(actual) * (m[2] ? 0.1 : 0.05);
    if (Math.abs(actual - stated) <= tolerance) continue;
    const relStart = restStart + spanText[0].search(/\b(?:to|from)\s/);
    const relEnd = restStart + spanText[0].length;
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

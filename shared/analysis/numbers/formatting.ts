/**
 * Numbers written two ways in one article (info): thousands with and without a separator
 * ("3000" beside "12,000"), and small counts as words in one place and figures in another
 * ("three villages" beside "5 villages"; the common newsroom rule is words for one to nine,
 * figures from 10). Only mixed usage is reported: a consistent house style is left alone.
 */
import type { PlacedMention } from '../numbers.ts';
import { findingId } from '../ids.ts';
import type { Finding } from '../types.ts';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function group(value: number): string {
  return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function finding(key: string, targets: PlacedMention[], message: string, suggest: (m: PlacedMention) => string): Finding {
  const [first, ...rest] = targets;
  return {
    id: findingId('numbers', 'format', key, targets.map((t) => t.raw).join('|')),
    check: 'numbers',
    severity: 'info',
    message,
    start: first!.numStart,
    end: first!.numEnd,
    text: first!.raw,
    suggestion: suggest(first!),
    ...(rest.length ? { related: rest.map((m) => ({ start: m.numStart, end: m.numEnd, text: m.raw })) } : {}),
  };
}

export function formattingFindings(mentions: readonly PlacedMention[]): Finding[] {
  const out: Finding[] = [];
  const grouped = mentions.filter((m) => m.grouped === true);
  const plain = mentions.filter((m) => m.grouped === false);
  if (grouped.length && plain.length) {
    const toGroup = plain.length <= grouped.length;
    const targets = toGroup ? plain : grouped;
    const example = (toGroup ? grouped : plain)[0]!.raw;
    out.push(
      finding('thousands', targets, toGroup
        ? `${targets[0]!.raw} has no thousands separator, but ${example} elsewhere in the article has one; use one style.`
        : `${targets[0]!.raw} has a thousands separator, but ${example} elsewhere in the article has none; use one style.`,
      (m) => (toGroup ? group(m.value) : String(Math.round(m.value)))),
    );
  }
  const counts = mentions.filter((m) => m.kind === 'count' && !m.sentenceStartsWith && m.key !== 'members' && !/^a /i.test(m.raw) && m.value > 1);
  const smallWords = counts.filter((m) => m.value < 10 && m.form === 'words');
  const smallFigures = counts.filter((m) => m.value < 10 && m.form === 'digits' && Number.isInteger(m.value));
  if (smallWords.length && smallFigures.length) {
    out.push(finding('small', smallFigures,
      `${smallFigures[0]!.raw} is in figures, but ${smallWords[0]!.raw} elsewhere is spelled out; numbers under 10 are usually words.`,
      (m) => WORDS[m.value]!));
  }
  const bigWords = counts.filter((m) => m.value >= 10 && m.form === 'words');
  const bigFigures = counts.filter((m) => m.value >= 10 && m.form === 'digits');
  if (bigWords.length && bigFigures.length) {
    out.push(finding('large', bigWords,
      `${bigWords[0]!.raw} is spelled out, but ${bigFigures[0]!.raw} elsewhere is in figures; numbers from 10 are usually figures.`,
      (m) => String(m.value)));
  }
  return out;
}

/**
 * Numbers written two ways in one article (info): thousands with and without a separator
 * ("3000" beside "12,000"), and small counts as words in one place and figures in another
 * ("three villages" beside "5 villages"; the common newsroom rule is words for one to nine,
 * figures from 10). Only mixed usage is reported: a consistent house style is left alone.
 */
import { findingId } from '../ids.ts';
import type { NumberMention } from './frames.ts';
import type { PlannedFinding } from './planned.ts';

// A module constant: a regex literal in the test below made a RegExp object for every mention.
const A_DOZEN = /^a /i;

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function group(value: number): string {
  return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `targets`: indices into the mentions; the finding points at the first number, the others are related. */
function finding(key: string, mentions: readonly NumberMention[], targets: number[], message: string, suggest: (m: NumberMention) => string): PlannedFinding {
  return {
    id: findingId('numbers', 'format', key, targets.map((t) => mentions[t]!.raw).join('|')),
    severity: 'info',
    message,
    suggestion: suggest(mentions[targets[0]!]!),
    span: 'number',
    mentions: targets,
  };
}

/** Indices of the mentions that pass `test`, in reading order. */
function indicesWhere(mentions: readonly NumberMention[], among: readonly number[] | null, test: (m: NumberMention) => boolean): number[] {
  const out: number[] = [];
  if (among) {
    for (const i of among) if (test(mentions[i]!)) out.push(i);
  } else {
    for (let i = 0; i < mentions.length; i++) if (test(mentions[i]!)) out.push(i);
  }
  return out;
}

/** `mentions` in reading order; spans are given as indices into it (the numbers themselves). */
export function formattingFindings(mentions: readonly NumberMention[]): PlannedFinding[] {
  const out: PlannedFinding[] = [];
  const grouped = indicesWhere(mentions, null, (m) => m.grouped === true);
  const plain = indicesWhere(mentions, null, (m) => m.grouped === false);
  if (grouped.length && plain.length) {
    const toGroup = plain.length <= grouped.length;
    const targets = toGroup ? plain : grouped;
    const example = mentions[(toGroup ? grouped : plain)[0]!]!.raw;
    const first = mentions[targets[0]!]!.raw;
    out.push(
      finding('thousands', mentions, targets, toGroup
        ? `${first} has no thousands separator, but ${example} elsewhere in the article has one; use one style.`
        : `${first} has a thousands separator, but ${example} elsewhere in the article has none; use one style.`,
      (m) => (toGroup ? group(m.value) : String(Math.round(m.value)))),
    );
  }
  const counts = indicesWhere(mentions, null, (m) => m.kind === 'count' && !m.sentenceStartsWith && m.key !== 'members' && !A_DOZEN.test(m.raw) && m.value > 1);
  const smallWords = indicesWhere(mentions, counts, (m) => m.value < 10 && m.form === 'words');
  const smallFigures = indicesWhere(mentions, counts, (m) => m.value < 10 && m.form === 'digits' && Number.isInteger(m.value));
  if (smallWords.length && smallFigures.length) {
    out.push(finding('small', mentions, smallFigures,
      `${mentions[smallFigures[0]!]!.raw} is in figures, but ${mentions[smallWords[0]!]!.raw} elsewhere is spelled out; numbers under 10 are usually words.`,
      (m) => WORDS[m.value]!));
  }
  const bigWords = indicesWhere(mentions, counts, (m) => m.value >= 10 && m.form === 'words');
  const bigFigures = indicesWhere(mentions, counts, (m) => m.value >= 10 && m.form === 'digits');
  if (bigWords.length && bigFigures.length) {
    out.push(finding('large', mentions, bigWords,
      `${mentions[bigWords[0]!]!.raw} is spelled out, but ${mentions[bigFigures[0]!]!.raw} elsewhere is in figures; numbers from 10 are usually figures.`,
      (m) => String(m.value)));
  }
  return out;
}

/**
 * numbers — the same quantity stated with values that cannot both be true (error), and numbers
 * formatted two ways in one article (info).
 *
 * scan: every number in the paragraph as a mention (what it counts, its bound, whether it is a
 * part of a whole, its sentence), plus the conflicts checkable inside one sentence (a weekday that does
 * not match its date, a percentage change, multiple or share that does not match its values, a
 * unit conversion in brackets that is wrong).
 * decide: compares mentions with the same key across the article and reports each pair that
 * cannot both be right; then looks at formatting.
 */
import type { Checker, ParagraphContext } from './checker.ts';
import { sentencesIn } from './doc.ts';
import { findingId } from './ids.ts';
import type { AgeMention } from './numbers/ages.ts';
import { ageOwners, findAges } from './numbers/ages.ts';
import { multipleConflicts, percentChangeConflicts, shareConflicts } from './numbers/arithmetic.ts';
import { conversionConflicts } from './numbers/conversions.ts';
import type { LocalConflict } from './numbers/calendar.ts';
import { weekdayConflicts } from './numbers/calendar.ts';
import { formattingFindings } from './numbers/formatting.ts';
import type { NumberMention } from './numbers/frames.ts';
import { mentionsInSentence } from './numbers/frames.ts';
import { numbersOfSentence } from './numbers/parse.ts';
import { restatementConflicts } from './numbers/restatement.ts';
import type { GoalClaim, ScoreStatement } from './numbers/sport.ts';
import { findGoalClaims, findScores, scoreConflicts } from './numbers/sport.ts';
import type { Doc } from './doc.ts';
import type { Finding } from './types.ts';

export interface NumberFacts {
  mentions: NumberMention[];
  /** Conflicts inside one sentence (weekday vs date, stated vs computed change). */
  local: LocalConflict[];
  /** Match results and goal counts, checked against each other across the article. */
  scores: ScoreStatement[];
  goals: GoalClaim[];
  /** Ages written beside a name, compared per surname across the article. */
  ages: AgeMention[];
}

export interface PlacedMention extends NumberMention {
  paragraph: number;
}

// A paragraph with neither a digit nor a number word has nothing for this checker.
const ANY_NUMBER = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)/i;

function scan(paragraph: string, context?: ParagraphContext): NumberFacts {
  if (!ANY_NUMBER.test(paragraph)) return { mentions: [], local: [], scores: [], goals: findGoalClaims(paragraph), ages: [] };
  const mentions: NumberMention[] = [];
  sentencesIn(paragraph, context).forEach((s, j) => mentions.push(...mentionsInSentence(s.text, s.start, numbersOfSentence(s, j, context))));
  const local = [
    ...weekdayConflicts(paragraph),
    ...percentChangeConflicts(paragraph),
    ...multipleConflicts(paragraph),
    ...shareConflicts(paragraph),
    ...conversionConflicts(paragraph),
  ];
  return { mentions, local, scores: findScores(paragraph), goals: findGoalClaims(paragraph), ages: findAges(paragraph) };
}

/**
 * The items `pick` finds in each paragraph's facts, copied with absolute offsets, in document
 * order. Most paragraphs have none: those cost no array and no copy.
 */
function placedItems<T extends { start: number; end: number }>(doc: Doc, facts: readonly NumberFacts[], pick: (f: NumberFacts) => readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < facts.length; i++) {
    const items = pick(facts[i]!);
    if (items.length === 0) continue;
    const base = doc.paragraphs[i]!.start;
    for (const item of items) out.push({ ...item, start: item.start + base, end: item.end + base });
  }
  return out;
}

function ageConflicts(doc: Doc, facts: readonly NumberFacts[]): Finding[] {
  const ages = placedItems(doc, facts, (f) => f.ages);
  const owners = ageOwners(ages);
  const first = new Map<string, (typeof ages)[number]>();
  const reported = new Set<string>();
  const out: Finding[] = [];
  ages.forEach((a, k) => {
    const owner = owners[k];
    if (!owner) return;
    const earlier = first.get(owner);
    if (!earlier) {
      first.set(owner, a);
      return;
    }
    if (earlier.age === a.age || reported.has(owner)) return;
    reported.add(owner);
    const text = doc.text.slice(earlier.start, earlier.end);
    out.push({
      id: findingId('numbers', 'age', owner, String(earlier.age), String(a.age)),
      check: 'numbers',
      severity: 'error',
      message: `${owner}'s age is given as ${earlier.age} and as ${a.age}; check which is right.`,
      start: earlier.start,
      end: earlier.end,
      text,
      related: [{ start: a.start, end: a.end, text: doc.text.slice(a.start, a.end) }],
    });
  });
  return out;
}

// A paragraph's mentions with absolute offsets, kept while the paragraph stays where it was:
// after a keystroke only the paragraphs from the edit on are placed again. The copies are read,
// never changed, by the checks below.
const PLACED = new WeakMap<NumberFacts, { paragraph: number; base: number; placed: PlacedMention[] }>();

function placedMentions(f: NumberFacts, paragraph: number, base: number): PlacedMention[] {
  const kept = PLACED.get(f);
  if (kept && kept.paragraph === paragraph && kept.base === base) return kept.placed;
  const placed = f.mentions.map((m) => ({
    ...m,
    paragraph,
    start: m.start + base,
    end: m.end + base,
    numStart: m.numStart + base,
    numEnd: m.numEnd + base,
    sentenceStart: m.sentenceStart + base,
    sentenceEnd: m.sentenceEnd + base,
  }));
  PLACED.set(f, { paragraph, base, placed });
  return placed;
}

export const numbersChecker: Checker<NumberFacts> = {
  check: 'numbers',
  scan,
  decide({ doc, facts }) {
    const findings: Finding[] = [];
    const all: PlacedMention[] = [];
    facts.forEach((f, i) => {
      const base = doc.paragraphs[i]!.start;
      for (const m of placedMentions(f, i, base)) all.push(m);
      for (const c of f.local) {
        findings.push({
          id: findingId('numbers', 'local', c.key),
          check: 'numbers',
          severity: 'error',
          message: c.message,
          start: base + c.start,
          end: base + c.end,
          text: doc.text.slice(base + c.start, base + c.end),
          related: [{ start: base + c.otherStart, end: base + c.otherEnd, text: doc.text.slice(base + c.otherStart, base + c.otherEnd) }],
        });
      }
    });
    const scores = placedItems(doc, facts, (f) => f.scores);
    const goals = placedItems(doc, facts, (f) => f.goals);
    for (const [score, claim] of scoreConflicts(scores, goals)) {
      const scoreText = doc.text.slice(score.start, score.end);
      const claimText = doc.text.slice(claim.start, claim.end);
      findings.push({
        id: findingId('numbers', 'score', scoreText, claimText),
        check: 'numbers',
        severity: 'error',
        message: `The result is ${score.high}-${score.low}, but "${claimText}" does not fit it; check the score or the goal count.`,
        start: score.start,
        end: score.end,
        text: scoreText,
        related: [{ start: claim.start, end: claim.end, text: claimText }],
      });
    }
    findings.push(...ageConflicts(doc, facts));
    findings.push(...restatementConflicts(doc.text, all), ...formattingFindings(all));
    return { findings: findings.sort((a, b) => a.start - b.start) };
  },
};

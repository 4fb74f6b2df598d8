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
import { mentionsPercent, multipleConflicts, percentChangeConflicts, shareConflicts } from './numbers/arithmetic.ts';
import { conversionConflicts } from './numbers/conversions.ts';
import type { LocalConflict } from './numbers/calendar.ts';
import { weekdayConflicts } from './numbers/calendar.ts';
import { formattingFindings } from './numbers/formatting.ts';
import type { NumberMention } from './numbers/frames.ts';
import { addMentions, sentenceContext } from './numbers/frames.ts';
import type { PlannedFinding, SentenceContext } from './numbers/planned.ts';
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

// A paragraph with neither a digit nor a number word has nothing for this checker. Two tests:
// most paragraphs have a digit, which /\d/ finds far quicker than the one pattern with the
// number words tried at every position before it.
const DIGIT = /\d/;
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)/i;

function scan(paragraph: string, context?: ParagraphContext): NumberFacts {
  if (!DIGIT.test(paragraph) && !NUMBER_WORD.test(paragraph)) return { mentions: [], local: [], scores: [], goals: findGoalClaims(paragraph), ages: [] };
  const mentions: NumberMention[] = [];
  const spans = sentencesIn(paragraph, context);
  // Indexed loops pushing onto one array: no closure, and no array per sentence spread into it.
  for (let j = 0; j < spans.length; j++) {
    const s = spans[j]!;
    addMentions(mentions, s.text, s.start, numbersOfSentence(s, j, context));
  }
  const local: LocalConflict[] = [];
  pushAll(local, weekdayConflicts(paragraph));
  // Both percentage checks need a percentage: asked once here (each pass over the text counts).
  if (mentionsPercent(paragraph)) {
    pushAll(local, percentChangeConflicts(paragraph));
    pushAll(local, multipleConflicts(paragraph));
    pushAll(local, shareConflicts(paragraph));
  } else {
    pushAll(local, multipleConflicts(paragraph));
  }
  pushAll(local, conversionConflicts(paragraph));
  return { mentions, local, scores: findScores(paragraph), goals: findGoalClaims(paragraph), ages: findAges(paragraph) };
}

function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]!);
}

/** Items found in a paragraph, copied with absolute offsets onto `out`. */
function pushPlaced<T extends { start: number; end: number }>(out: T[], items: readonly T[], base: number): void {
  for (const item of items) out.push({ ...item, start: item.start + base, end: item.end + base });
}

/** `ages`: every paragraph's, with absolute offsets, in document order. */
function ageConflicts(doc: Doc, ages: readonly AgeMention[]): Finding[] {
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

/**
 * The article-wide findings (restatements, formatting) and what they were decided from. They
 * depend on the mentions' values, words and order and on the sentence context of the few
 * mentions compared closely, never on offsets: after an edit that changes no mention (most
 * typing), the previous findings are placed again at the mentions' new offsets.
 */
interface MentionPlan {
  /** The facts of the last article the plan was made or confirmed for. */
  facts: readonly NumberFacts[];
  findings: PlannedFinding[];
  /** Mentions (index in reading order) whose sentence context the decisions read, and what it said. */
  contextReads: Map<number, SentenceContext>;
}

let lastPlan: MentionPlan | undefined;

// A mention's sentence lies in its paragraph, whose text fixes the facts object: its context
// can be kept with the mention for as long as the engine keeps the paragraph's facts.
const CONTEXTS = new WeakMap<NumberMention, SentenceContext>();

function contextOf(m: NumberMention, base: number, text: string): SentenceContext {
  let c = CONTEXTS.get(m);
  if (!c) {
    c = sentenceContext(text.slice(base + m.sentenceStart, base + m.sentenceEnd));
    CONTEXTS.set(m, c);
  }
  return c;
}

/** The offsets of a mention: everything else must be equal for a plan to be reused. */
type OffsetField = 'start' | 'end' | 'numStart' | 'numEnd' | 'sentenceStart' | 'sentenceEnd';

/**
 * Every field but the offsets is equal (all are plain values). Written out field by field (a
 * `for in` over the keys cost a set lookup per key on every mention of a full analysis); the
 * type below fails to compile when NumberMention gains a field this comparison does not name.
 */
function sameApartFromOffsets(a: NumberMention, b: NumberMention): boolean {
  return a.text === b.text && a.raw === b.raw && a.value === b.value && a.form === b.form && a.grouped === b.grouped &&
    a.kind === b.kind && a.currency === b.currency && a.head === b.head && a.key === b.key && a.owner === b.owner &&
    a.bound === b.bound && a.definite === b.definite && a.part === b.part && a.sentenceStartsWith === b.sentenceStartsWith;
}
const COMPARED_FIELDS: Record<Exclude<keyof NumberMention, OffsetField>, true> = {
  text: true, raw: true, value: true, form: true, grouped: true, kind: true, currency: true, head: true, key: true,
  owner: true, bound: true, definite: true, part: true, sentenceStartsWith: true,
};
void COMPARED_FIELDS;

/** Whether the plan's decisions hold for these facts: same mentions but for offsets, same contexts read. */
function planHolds(plan: MentionPlan, facts: readonly NumberFacts[], context: (index: number) => SentenceContext): boolean {
  if (plan.facts.length !== facts.length) return false;
  for (let i = 0; i < facts.length; i++) {
    const now = facts[i]!.mentions;
    const then = plan.facts[i]!.mentions;
    if (now === then) continue;
    if (now.length !== then.length) return false;
    for (let j = 0; j < now.length; j++) if (!sameApartFromOffsets(now[j]!, then[j]!)) return false;
  }
  for (const [index, read] of plan.contextReads) {
    const c = context(index);
    if (c.update !== read.update || c.otherEvent !== read.otherEvent) return false;
  }
  return true;
}

function makePlan(facts: readonly NumberFacts[], mentions: readonly NumberMention[], context: (index: number) => SentenceContext): MentionPlan {
  const contextReads = new Map<number, SentenceContext>();
  const reading = (index: number): SentenceContext => {
    const c = context(index);
    contextReads.set(index, c);
    return c;
  };
  const findings = [...restatementConflicts(mentions, reading), ...formattingFindings(mentions)];
  return { facts, findings, contextReads };
}

/** A planned finding at today's offsets: `bases[k]` is the start of mention k's paragraph. */
function place(planned: PlannedFinding, mentions: readonly NumberMention[], bases: readonly number[]): Finding {
  const spans = planned.mentions.map((k) => {
    const m = mentions[k]!;
    const base = bases[k]!;
    return planned.span === 'phrase'
      ? { start: base + m.start, end: base + m.end, text: m.text }
      : { start: base + m.numStart, end: base + m.numEnd, text: m.raw };
  });
  const first = spans[0]!;
  const finding: Finding = { id: planned.id, check: 'numbers', severity: planned.severity, message: planned.message, start: first.start, end: first.end, text: first.text };
  if (planned.suggestion !== undefined) finding.suggestion = planned.suggestion;
  if (spans.length > 1) finding.related = spans.slice(1);
  return finding;
}

export const numbersChecker: Checker<NumberFacts> = {
  check: 'numbers',
  scan,
  decide({ doc, facts }) {
    const findings: Finding[] = [];
    // Every mention in reading order, with its paragraph's start: placed only when a finding shows it.
    const mentions: NumberMention[] = [];
    const bases: number[] = [];
    // Scores, goal claims and ages with absolute offsets, in document order; most paragraphs have none.
    const scores: ScoreStatement[] = [];
    const goals: GoalClaim[] = [];
    const ages: AgeMention[] = [];
    facts.forEach((f, i) => {
      const base = doc.paragraphs[i]!.start;
      if (f.scores.length) pushPlaced(scores, f.scores, base);
      if (f.goals.length) pushPlaced(goals, f.goals, base);
      if (f.ages.length) pushPlaced(ages, f.ages, base);
      for (const m of f.mentions) {
        mentions.push(m);
        bases.push(base);
      }
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
    findings.push(...ageConflicts(doc, ages));
    const context = (index: number): SentenceContext => contextOf(mentions[index]!, bases[index]!, doc.text);
    if (!lastPlan || !planHolds(lastPlan, facts, context)) lastPlan = makePlan(facts, mentions, context);
    // The plan holds for these facts too: the next edit is compared with them, so only the
    // paragraphs it changes are compared mention by mention.
    else lastPlan.facts = facts;
    for (const planned of lastPlan.findings) findings.push(place(planned, mentions, bases));
    return { findings: findings.sort((a, b) => a.start - b.start) };
  },
};

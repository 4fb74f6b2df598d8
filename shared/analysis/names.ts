/**
 * The names checker: one finding per entity spelled more than one way (with every spelling,
 * its count and ranges, and a suggested form), one finding per lone surname that nobody in
 * the story is introduced with, and the article's entities for the quotes checker and the UI.
 *
 * Severity is 'warning', not 'error': the engine cannot know which spelling is right, and a
 * grouping can be wrong; a CLI run in a newsroom pipeline should not fail on a guess. The style
 * book checker raises a banned variant, which the house has decided on, as its own finding.
 */
import type { Checker, CheckerOutput, DecideInput } from './checker.ts';
import { findingId } from './ids.ts';
import type { Entity, EntityKind, Finding, Range, Variant } from './types.ts';
import { clusterMentions, groupKind, toOccurrence } from './names/cluster.ts';
import type { Group, Occurrence } from './names/cluster.ts';
import { maximalForms, mostReliableForm, spellingsOf, styleBookForm, styleBookIndex } from './names/forms.ts';
import { scanMentions } from './names/mentions.ts';
import type { Mention } from './names/mentions.ts';
import { phonetic } from './names/fold.ts';
import { surnameToken } from './names/compare.ts';
import { findUnintroduced } from './names/unintroduced.ts';
import { PERSON_VERBS, SPEECH_VERBS } from './names/lexicon.ts';

export interface NamesFacts {
  mentions: Mention[];
  /** How many sentences the paragraph has (mentions carry their sentence index). */
  sentences: number;
}

function occurrencesOf(input: DecideInput<NamesFacts>): Occurrence[] {
  // Plain indexed loops: every mention of the article, on every full analysis; the array is made
  // at its final size (pushing one by one leaves the outgrown copies behind).
  const { facts, doc } = input;
  let count = 0;
  for (let i = 0; i < facts.length; i++) count += facts[i]!.mentions.length;
  const out = new Array<Occurrence>(count);
  let k = 0;
  let sentenceBase = 0;
  for (let i = 0; i < facts.length; i++) {
    const mentions = facts[i]!.mentions;
    const offset = doc.paragraphs[i]!.start;
    for (let j = 0; j < mentions.length; j++, k++) {
      const m = mentions[j]!;
      out[k] = toOccurrence(m, i, sentenceBase + m.sentence, offset, k);
    }
    sentenceBase += facts[i]!.sentences;
  }
  return out;
}

/**
 * A key for the entity that survives respelling within the group and edits elsewhere: the
 * phonetic codes of its longest form's words ("Yun Seok-yeol" and "Yoon Seok-yeol" share one).
 */
function entityKey(g: Group): string {
  const longest = g.occurrences.reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a));
  return longest.tokens.map((t) => phonetic(t)[0]).join(' ');
}

/**
 * The decisions, with mentions referred to by their index in reading order instead of by
 * offsets. Typing that changes no name leaves the plan valid; only the offsets move.
 */
interface Plan {
  /** Whether each word the clustering asked about occurs in lower case in the article. */
  lowerCaseAnswers: Map<string, boolean>;
  entities: { name: string; kind: EntityKind; occurrences: number[]; variants: { text: string; occurrences: number[] }[] }[];
  findings: {
    id: string;
    message: string;
    suggestion: string;
    /** The occurrence the finding points at. */
    at: number;
    /** For spelling findings: the entity whose variants it lists. */
    entity?: number;
    related?: number[];
  }[];
}

function appearsInLowerCase(text: string, word: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{M}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}\\p{M}]|$)`, 'u').test(text);
}

function makePlan(input: DecideInput<NamesFacts>): Plan {
  const text = input.doc.text;
  const plan: Plan = { entities: [], findings: [], lowerCaseAnswers: new Map() };
  // Answers are recorded: they depend on text outside the mentions, so a reused plan is only
  // valid while they still hold (see decide).
  const usedInLowerCase = (word: string): boolean => {
    const answer = appearsInLowerCase(text, word);
    plan.lowerCaseAnswers.set(word, answer);
    return answer;
  };
  const groups = clusterMentions(occurrencesOf(input), usedInLowerCase);
  const styleIndex = styleBookIndex(input.options.styleBook);
  const usedIds = new Map<string, number>();
  const uniqueId = (...key: string[]): string => {
    const base = findingId('names', ...key);
    const n = usedIds.get(base) ?? 0;
    usedIds.set(base, n + 1);
    return n === 0 ? base : findingId('names', ...key, String(n));
  };
  const nameOf = new Map<Group, string>();

  groups.forEach((g, entityIndex) => {
    const variants = spellingsOf(g);
    const maximal = maximalForms(variants);
    const house = styleBookForm(variants, styleIndex, maximal);
    const name = house ?? mostReliableForm(variants, maximal);
    nameOf.set(g, name);
    // With one spelling, the entity's occurrences are that spelling's (instantiate reads them then).
    const occurrences = variants.length === 1 ? variants[0]!.occurrences : g.occurrences.map((o) => o.index);
    plan.entities.push({ name, kind: groupKind(g), occurrences, variants });
    if (maximal.length < 2) return;
    const nameWords = new Set(name.split(/\s+/));
    const odd = g.occurrences.find((o) => o.text !== name && !nameWords.has(o.text)) ?? g.occurrences[0]!;
    const list = variants.map((v) => `${v.text} ×${v.count}`).join(', ');
    plan.findings.push({
      id: uniqueId(entityKey(g)),
      message: `One name, several spellings: ${list}. Use one form throughout${house ? ` (house style: ${house})` : ` (suggested: ${name})`}.`,
      suggestion: name,
      at: odd.index,
      entity: entityIndex,
    });
  });

  for (const { group, likely } of findUnintroduced(groups, plan.entities.map((e) => e.kind))) {
    const o = group.occurrences[0]!;
    const likelyName = nameOf.get(likely)!;
    const likelyShort = likely.occurrences.find((x) => x.tokens.length === 1)?.text ??
      likelyName.split(/\s+/).find((w) => w.toLowerCase() === surnameToken(likely.occurrences[0]!.tokens)) ?? likelyName;
    plan.findings.push({
      id: uniqueId('unintroduced', o.compact),
      message: `No one called ${o.text} is introduced in this story; is this ${likelyName}?`,
      suggestion: likelyShort,
      at: o.index,
      related: [likely.occurrences[0]!.index],
    });
  }
  return plan;
}

/** Findings and entities with today's offsets. */
function instantiate(plan: Plan, input: DecideInput<NamesFacts>): CheckerOutput {
  // Plain indexed loops: this runs over every mention of the article on each keystroke. The
  // arrays are made at their final size (pushing one by one leaves the outgrown copies behind).
  const { facts, doc } = input;
  let count = 0;
  for (let i = 0; i < facts.length; i++) count += facts[i]!.mentions.length;
  const ranges = new Array<Range>(count);
  const texts = new Array<string>(count);
  let k = 0;
  for (let i = 0; i < facts.length; i++) {
    const mentions = facts[i]!.mentions;
    if (mentions.length === 0) continue;
    const offset = doc.paragraphs[i]!.start;
    for (let j = 0; j < mentions.length; j++, k++) {
      const m = mentions[j]!;
      ranges[k] = [m.start + offset, m.end + offset];
      texts[k] = m.text;
    }
  }
  const entities: Entity[] = plan.entities.map((e) => {
    const variants: Variant[] = e.variants.map((v) => ({ text: v.text, count: v.occurrences.length, ranges: v.occurrences.map((i) => ranges[i]!) }));
    return { name: e.name, kind: e.kind, mentions: variants.length === 1 ? variants[0]!.ranges : e.occurrences.map((i) => ranges[i]!), variants };
  });
  const findings: Finding[] = plan.findings.map((f) => {
    const [start, end] = ranges[f.at]!;
    const finding: Finding = { id: f.id, check: 'names', severity: 'warning', message: f.message, start, end, text: texts[f.at]!, suggestion: f.suggestion };
    if (f.entity !== undefined) finding.variants = entities[f.entity]!.variants;
    if (f.related) finding.related = f.related.map((i) => ({ start: ranges[i]![0], end: ranges[i]![1], text: texts[i]! }));
    return finding;
  });
  findings.sort((a, b) => a.start - b.start);
  return { findings, entities };
}

// What the plan depends on, per paragraph: every mention's words, what its neighbouring words
// tell the decisions, and the sentence count, but not offsets (see cluster.ts, unintroduced.ts
// for the neighbouring words the decisions read). Compared field by field rather than through a
// signature string per paragraph: a full analysis has fresh facts objects for every paragraph,
// and building those strings cost more than the comparison itself.
function sameForPlan(a: NamesFacts, b: NamesFacts): boolean {
  if (a === b) return true;
  if (a.sentences !== b.sentences || a.mentions.length !== b.mentions.length) return false;
  for (let j = 0; j < a.mentions.length; j++) {
    const x = a.mentions[j]!;
    const y = b.mentions[j]!;
    if (x.text !== y.text || x.kind !== y.kind || (x.title ?? '') !== (y.title ?? '') || !x.weak !== !y.weak ||
      !x.possessive !== !y.possessive || x.sentence !== y.sentence) return false;
    // The same neighbouring words (usual) tell the same; only different ones are looked up.
    if (x.after !== y.after && afterCue(x) !== afterCue(y)) return false;
    if (x.before !== y.before && (x.before === 'the' || y.before === 'the') && !x.text.includes(' ')) return false;
  }
  return true;
}

/** What the decisions read from the word after a mention: a speech verb (2), another person verb (1). */
function afterCue(m: Mention): number {
  const after = m.after ?? '';
  return (SPEECH_VERBS.has(after) ? 2 : 0) + (PERSON_VERBS.has(after) ? 1 : 0);
}

let lastPlan: { facts: readonly NamesFacts[]; styleBook: string; plan: Plan } | undefined;

function samePlanInput(previous: readonly NamesFacts[], facts: readonly NamesFacts[]): boolean {
  if (previous.length !== facts.length) return false;
  for (let i = 0; i < facts.length; i++) if (!sameForPlan(previous[i]!, facts[i]!)) return false;
  return true;
}

function decide(input: DecideInput<NamesFacts>): CheckerOutput {
  const styleBook = input.options.styleBook ? JSON.stringify(input.options.styleBook.entries) : '';
  const reusable = lastPlan !== undefined && lastPlan.styleBook === styleBook && samePlanInput(lastPlan.facts, input.facts) &&
    [...lastPlan.plan.lowerCaseAnswers].every(([word, answer]) => appearsInLowerCase(input.doc.text, word) === answer);
  if (!reusable) lastPlan = { facts: input.facts, styleBook, plan: makePlan(input) };
  // The plan holds for these facts too: the next edit is compared with them, so only the
  // paragraphs it changes are compared mention by mention.
  else lastPlan!.facts = input.facts;
  const out = instantiate(lastPlan!.plan, input);
  PLAN_OF.set(out.entities!, lastPlan!.plan);
  return out;
}

// The plan each entity list was made from (see sameGrouping).
const PLAN_OF = new WeakMap<readonly Entity[], Plan>();

/**
 * Whether two entity lists this checker returned come from one plan: the same entities, made
 * from the same mentions (same words, same paragraphs, same order), only moved with their
 * paragraphs — what the quotes checker needs to keep the speakers it resolved.
 */
export function sameGrouping(a: readonly Entity[], b: readonly Entity[]): boolean {
  const plan = PLAN_OF.get(a);
  return plan !== undefined && plan === PLAN_OF.get(b);
}

export const namesChecker: Checker<NamesFacts> = { check: 'names', scan: scanMentions, decide };

/**
 * The names checker: one finding per entity spelled more than one way (with every spelling,
 * its count and ranges, and a suggested form), one finding per lone surname that nobody in
 * the story is introduced with, and the article's entities for the quotes checker and the UI.
 *
 * Severity is 'warning', not 'error': the engine cannot know which spelling is right, and a
 * grouping can be wrong; a CLI run in a newsroom pipeline should not fail on a guess. The style
 * book checker raises a banned variant, which the house has decided on, as its own finding.
 */
import type { Checker, DecideInput } from './checker.ts';
import { findingId } from './ids.ts';
import type { Entity, Finding } from './types.ts';
import { clusterMentions, groupKind, toOccurrence } from './names/cluster.ts';
import type { Group, Occurrence } from './names/cluster.ts';
import { maximalForms, mostReliableForm, styleBookForm, styleBookIndex, variantsOf } from './names/forms.ts';
import { scanMentions } from './names/mentions.ts';
import type { Mention } from './names/mentions.ts';
import { phonetic } from './names/fold.ts';
import { surnameToken } from './names/compare.ts';
import { findUnintroduced } from './names/unintroduced.ts';

export interface NamesFacts {
  mentions: Mention[];
  /** How many sentences the paragraph has (mentions carry their sentence index). */
  sentences: number;
}

function occurrencesOf(input: DecideInput<NamesFacts>): Occurrence[] {
  const out: Occurrence[] = [];
  let sentenceBase = 0;
  input.facts.forEach((facts, i) => {
    const offset = input.doc.paragraphs[i]!.start;
    for (const m of facts.mentions) out.push(toOccurrence(m, i, sentenceBase + m.sentence, offset));
    sentenceBase += facts.sentences;
  });
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

function decide(input: DecideInput<NamesFacts>) {
  const groups = clusterMentions(occurrencesOf(input));
  const styleIndex = styleBookIndex(input.options.styleBook);
  const findings: Finding[] = [];
  const entities: Entity[] = [];
  const usedIds = new Map<string, number>();
  const uniqueId = (...key: string[]): string => {
    const base = findingId('names', ...key);
    const n = usedIds.get(base) ?? 0;
    usedIds.set(base, n + 1);
    return n === 0 ? base : findingId('names', ...key, String(n));
  };
  const nameOf = new Map<Group, string>();

  for (const g of groups) {
    const variants = variantsOf(g);
    const house = styleBookForm(variants, styleIndex);
    const name = house ?? mostReliableForm(variants);
    nameOf.set(g, name);
    entities.push({ name, kind: groupKind(g), mentions: variants.length === 1 ? variants[0]!.ranges : g.occurrences.map((o) => [o.start, o.end]), variants });
    if (maximalForms(variants).length < 2) continue;
    const nameWords = new Set(name.split(/\s+/));
    const odd = g.occurrences.find((o) => o.text !== name && !nameWords.has(o.text)) ?? g.occurrences[0]!;
    const list = variants.map((v) => `${v.text} ×${v.count}`).join(', ');
    findings.push({
      id: uniqueId(entityKey(g)),
      check: 'names',
      severity: 'warning',
      message: `One name, several spellings: ${list}. Use one form throughout${house ? ` (house style: ${house})` : ` (suggested: ${name})`}.`,
      start: odd.start,
      end: odd.end,
      text: odd.text,
      suggestion: name,
      variants,
    });
  }

  for (const { group, likely } of findUnintroduced(groups)) {
    const o = group.occurrences[0]!;
    const likelyName = nameOf.get(likely)!;
    const likelyShort = likely.occurrences.find((x) => x.tokens.length === 1)?.text ??
      likelyName.split(/\s+/).find((w) => w.toLowerCase() === surnameToken(likely.occurrences[0]!.tokens)) ?? likelyName;
    findings.push({
      id: uniqueId('unintroduced', o.compact),
      check: 'names',
      severity: 'warning',
      message: `No one called ${o.text} is introduced in this story; is this ${likelyName}?`,
      start: o.start,
      end: o.end,
      text: o.text,
      suggestion: likelyShort,
      related: likely.occurrences.slice(0, 1).map((x) => ({ start: x.start, end: x.end, text: x.text })),
    });
  }
  findings.sort((a, b) => a.start - b.start);
  return { findings, entities };
}

export const namesChecker: Checker<NamesFacts> = { check: 'names', scan: scanMentions, decide };

/**
 * acronyms — an acronym used before it is spelled out, or never spelled out (warning).
 *
 * An acronym is introduced by "Transport Safety Board (TSB)", "TSB (Transport Safety Board)"
 * or, AP style, by the capitalised full name earlier in the article ("The Securities Oversight
 * Authority ... the SOA"). Acronyms readers know need no introduction: `options.commonAcronyms`
 * replaces the built-in list below (pass [] to check every acronym).
 *
 * scan: acronym uses and bracketed definitions in the paragraph. decide: for each acronym, is
 * it introduced before its first use anywhere in the article.
 */
import type { Checker } from './checker.ts';
import type { Definition } from './acronyms/definitions.ts';
import type { NameRuns } from './acronyms/definitions.ts';
import { findDefinitions, findNameRuns, nextRun, spellingFrom } from './acronyms/definitions.ts';
import type { AcronymUse } from './acronyms/tokens.ts';
import { findAcronymUses } from './acronyms/tokens.ts';
import type { Doc } from './doc.ts';
import { findingId } from './ids.ts';
import type { Finding } from './types.ts';

/**
 * Familiar enough for a general news reader (AP and Reuters style books let most of these
 * stand alone): countries and blocs, the best-known international bodies, agencies and
 * broadcasters, and everyday terms.
 */
export const DEFAULT_COMMON_ACRONYMS: readonly string[] = [
  // Countries, blocs, alliances
  'US', 'USA', 'UK', 'UN', 'EU', 'NATO', 'UAE', 'USSR', 'DPRK', 'ASEAN', 'OPEC',
  // International bodies
  'IMF', 'WHO', 'WTO', 'OECD', 'UNESCO', 'UNICEF', 'UNHCR', 'IAEA', 'ICC', 'OSCE', 'NGO', 'IOC',
  'FIFA', 'UEFA', 'NBA', 'NFL',
  // Agencies and broadcasters
  'FBI', 'CIA', 'NASA', 'KGB', 'FSB', 'BBC', 'CNN', 'AP', 'AFP', 'NHS',
  // Everyday terms
  'GDP', 'CEO', 'CFO', 'TV', 'ID', 'DNA', 'HIV', 'AIDS', 'COVID', 'SARS', 'AI', 'IT', 'PC', 'GPS',
  'ATM', 'SUV', 'ICU', 'CCTV', 'UFO', 'LGBT', 'LGBTQ', 'PR', 'MP', 'MEP', 'VAT', 'ISIS',
];

export interface AcronymFacts {
  /** The paragraph's acronym uses, one summary per acronym in order of first use. */
  uses: readonly ParagraphUses[];
  definitions: Definition[];
  /** Capitalised word runs, for AP-style introductions without brackets. */
  names: NameRuns;
}

interface Placed<T> {
  item: T;
  start: number;
  end: number;
}

/**
 * One acronym's uses in one paragraph, as decide reads them: whether any reads as a name,
 * whether all come before one, and the uses outside its bracketed definitions (a use can only
 * sit inside a definition of its own paragraph), with the first of them, paragraph-relative.
 */
export interface ParagraphUses {
  acronym: string;
  name: boolean;
  allBeforeName: boolean;
  plain: number;
  first: { start: number; end: number } | null;
}

/** What decide needs of an acronym's uses: whether any reads as a name, whether all come before one, the plain ones. */
interface UseSummary {
  name: boolean;
  allBeforeName: boolean;
  /** Uses outside the acronym's bracketed definitions, and the first of them. */
  plain: number;
  first: { start: number; end: number } | null;
  definitions: Placed<Definition>[];
}

function scan(paragraph: string): AcronymFacts {
  const definitions = findDefinitions(paragraph);
  return { uses: summarizeUses(findAcronymUses(paragraph), definitions), definitions, names: findNameRuns(paragraph) };
}

/** Shared by every paragraph without an acronym use; facts are only read. */
const NO_USES: readonly ParagraphUses[] = Object.freeze([]);

/** Per paragraph, once: an article repeats its acronyms many times, and decide runs on every keystroke. */
function summarizeUses(uses: readonly AcronymUse[], definitions: readonly Definition[]): readonly ParagraphUses[] {
  if (uses.length === 0) return NO_USES; // most paragraphs: no map, no array
  const out: ParagraphUses[] = [];
  const byAcronym = new Map<string, ParagraphUses>();
  for (const u of uses) {
    let summary = byAcronym.get(u.acronym);
    if (!summary) {
      summary = { acronym: u.acronym, name: false, allBeforeName: true, plain: 0, first: null };
      byAcronym.set(u.acronym, summary);
      out.push(summary);
    }
    if (u.name) summary.name = true;
    if (!u.beforeName) summary.allBeforeName = false;
    if (insideOwnDefinition(u, definitions)) continue;
    summary.plain++;
    summary.first ??= { start: u.start, end: u.end };
  }
  return out;
}

/** The use sits inside a bracketed definition of its own acronym (a loop: no closure per use). */
function insideOwnDefinition(u: AcronymUse, definitions: readonly Definition[]): boolean {
  for (const d of definitions) if (d.acronym === u.acronym && u.start >= d.start && u.end <= d.end) return true;
  return false;
}

/** The first capitalised full name spelling `acronym` within [from, to) (absolute offsets). */
function plainExpansion(doc: Doc, facts: readonly AcronymFacts[], acronym: string, from: number, to: number): { start: number; end: number; text: string } | null {
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    if (p.end <= from) continue;
    if (p.start >= to) break;
    const runs = facts[i]!.names;
    const last = acronym.length - 1;
    for (let at = spellingFrom(runs, acronym, 0); at >= 0; at = spellingFrom(runs, acronym, nextRun(runs, at))) {
      const start = p.start + runs.spans[2 * at]!;
      const end = p.start + runs.spans[2 * (at + last) + 1]!;
      if (start >= from && end <= to) return { start, end, text: doc.text.slice(start, end) };
    }
  }
  return null;
}

export const acronymsChecker: Checker<AcronymFacts> = {
  check: 'acronyms',
  scan,
  decide({ doc, facts, options }) {
    const common = commonSet(options.commonAcronyms ?? DEFAULT_COMMON_ACRONYMS);
    // Each paragraph's uses come summarised per acronym (see summarizeUses): merged here in reading order.
    const defs = new Map<string, Placed<Definition>[]>();
    const uses = new Map<string, UseSummary>();
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!;
      if (f.definitions.length === 0 && f.uses.length === 0) continue;
      const base = doc.paragraphs[i]!.start;
      for (const d of f.definitions) push(defs, d.acronym, { item: d, start: base + d.start, end: base + d.end });
      for (const p of f.uses) {
        let summary = uses.get(p.acronym);
        if (!summary) uses.set(p.acronym, (summary = { name: false, allBeforeName: true, plain: 0, first: null, definitions: [] }));
        if (p.name) summary.name = true;
        if (!p.allBeforeName) summary.allBeforeName = false;
        summary.plain += p.plain;
        if (!summary.first && p.first) summary.first = { start: base + p.first.start, end: base + p.first.end };
      }
    }
    // Definitions anywhere in the article count, also those after the first use.
    for (const [acronym, summary] of uses) summary.definitions = defs.get(acronym) ?? [];
    const findings: Finding[] = [];
    for (const [acronym, summary] of uses) {
      if (common.has(acronym.toUpperCase()) || summary.name) continue;
      // Only ever written before a capitalised word ("JD Vance", "JD Sports"): initials or part
      // of a name, not an acronym the reader needs spelled out.
      if (summary.allBeforeName) continue;
      const definitions = summary.definitions;
      const first = summary.first;
      if (!first) continue;
      const firstDef = definitions[0];
      if (firstDef && firstDef.start < first.start) continue;
      if (plainExpansion(doc, facts, acronym, 0, first.start)) continue;
      const later = firstDef
        ? { start: firstDef.start, end: firstDef.end, text: doc.text.slice(firstDef.start, firstDef.end), expansion: firstDef.item.expansion }
        : (() => {
            const p = plainExpansion(doc, facts, acronym, first.end, doc.text.length);
            return p ? { ...p, expansion: p.text } : null;
          })();
      const possessive = /^['’]s/.test(doc.text.slice(first.end, first.end + 2));
      const base = {
        check: 'acronyms' as const,
        severity: 'warning' as const,
        start: first.start,
        end: first.end,
        text: doc.text.slice(first.start, first.end),
      };
      if (later) {
        findings.push({
          ...base,
          id: findingId('acronyms', 'before-definition', acronym),
          message: `${acronym} is used before it is spelled out ("${later.expansion}" comes later); spell it out at its first mention.`,
          suggestion: possessive ? later.expansion : `${later.expansion} (${acronym})`,
          related: [{ start: later.start, end: later.end, text: later.text }],
        });
      } else {
        findings.push({
          ...base,
          id: findingId('acronyms', 'never-defined', acronym),
          message: `${acronym} is never spelled out; give the full name at its first mention${summary.plain > 1 ? ` (it is used ${summary.plain} times)` : ''}.`,
        });
      }
    }
    return { findings: findings.sort((a, b) => a.start - b.start) };
  },
};

// The last list of common acronyms normalised, with a copy of the list it was made from: decide
// runs after every edit with the same list, so the set is made again only when the list changes.
let lastCommon: { list: readonly string[]; copy: string[]; set: Set<string> } | null = null;

function commonSet(list: readonly string[]): Set<string> {
  if (lastCommon && lastCommon.list === list && sameStrings(lastCommon.copy, list)) return lastCommon.set;
  const set = new Set(list.map((a) => a.replace(/\./g, '').toUpperCase()));
  lastCommon = { list, copy: [...list], set };
  return set;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

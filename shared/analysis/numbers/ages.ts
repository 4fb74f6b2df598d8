/**
 * A person's age given twice with different values ("Lars Holm, 58, said..." ... "the
 * 56-year-old Holm"). Ages are tied to the surname they are written beside; an age with no
 * name next to it ("the 56-year-old") is not compared, since the text does not say whose it is.
 * A surname alone goes with the one full name that has it; when two people share a surname
 * (a father and son) a bare surname is not compared at all.
 */

export interface AgeMention {
  /** Paragraph-relative span of the age phrase ("Holm, 58", "56-year-old Holm"). */
  start: number;
  end: number;
  /** The name as written beside the age ("Lars Holm" or "Holm"). */
  name: string;
  surname: string;
  age: number;
}

// Each pattern is found by a cheap anchor (", 58," or "-year-old") and the name is then read
// from the few words around it, so no regex walks the paragraph from every capital letter.
const NAME_AT_END = /(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,3})$/u;
const NAME_AT_START = /^(?:[\p{Ll}-]+\s){0,3}?(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,3})/u;
// "Lars Holm, 58, said" / "Lars Holm, aged 58,"
const APPOSITIVE_AGE = /,\s(?:aged\s)?(\d{1,3})(?=,|\)|\s(?:said|says|told|was|is|has|had|who)\b)/g;
// "58-year-old chief executive Lars Holm" / "Holm, a 58-year-old engineer"
const YEAR_OLD = /\b(\d{1,3})-year-old\b/g;
const NAME_COMMA_ARTICLE = /(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,3}),\s(?:a|an|the)\s$/u;

const DIGIT = /\d/;

const surnameOf = (name: string): string => name.split(/\s/).pop()!;

export function findAges(paragraph: string): AgeMention[] {
  if (!DIGIT.test(paragraph)) return [];
  const out: AgeMention[] = [];
  const add = (start: number, end: number, name: string, age: string) => {
    const n = Number(age);
    if (n < 1 || n > 120) return;
    if (out.some((a) => a.start < end && start < a.end)) return;
    out.push({ start, end, name, surname: surnameOf(name), age: n });
  };
  APPOSITIVE_AGE.lastIndex = 0;
  for (let m = APPOSITIVE_AGE.exec(paragraph); m; m = APPOSITIVE_AGE.exec(paragraph)) {
    const name = NAME_AT_END.exec(paragraph.slice(Math.max(0, m.index - 60), m.index))?.[1];
    if (name) add(m.index - name.length, m.index + m[0].length, name, m[1]!);
  }
  if (!paragraph.includes('-year-old')) return out;
  YEAR_OLD.lastIndex = 0;
  for (let m = YEAR_OLD.exec(paragraph); m; m = YEAR_OLD.exec(paragraph)) {
    const end = m.index + m[0].length;
    const before = NAME_COMMA_ARTICLE.exec(paragraph.slice(Math.max(0, m.index - 70), m.index));
    if (before) {
      add(m.index - before[0].length, end, before[1]!, m[1]!);
      continue;
    }
    const after = NAME_AT_START.exec(paragraph.slice(end + 1, end + 80));
    if (after && paragraph[end] === ' ') add(m.index, end + 1 + after[0].length, after[1]!, m[1]!);
  }
  return out;
}

/** The person an age belongs to: the full name, or the one full name a bare surname stands for. */
export function ageOwners(ages: readonly AgeMention[]): (string | null)[] {
  const fullNames = new Map<string, Set<string>>();
  for (const a of ages) {
    if (a.name.includes(' ')) {
      const set = fullNames.get(a.surname) ?? new Set<string>();
      set.add(a.name);
      fullNames.set(a.surname, set);
    }
  }
  return ages.map((a) => {
    if (a.name.includes(' ')) return a.name;
    const names = fullNames.get(a.surname);
    if (!names) return a.surname;
    return names.size === 1 ? [...names][0]! : null;
  });
}

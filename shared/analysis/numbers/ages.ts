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

const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+){0,3}";
// "Lars Holm, 58, said" / "Lars Holm, aged 58,"
const APPOSITIVE = new RegExp(`(${NAME}),\\s(?:aged\\s)?(\\d{1,3})(?=,|\\)|\\s(?:said|says|told|was|is|has|had|who)\\b)`, 'gu');
// "58-year-old chief executive Lars Holm", "the 58-year-old Holm"
const BEFORE_NAME = new RegExp(`\\b(\\d{1,3})-year-old\\s(?:[\\p{Ll}-]+\\s){0,3}?(${NAME})`, 'gu');
// "Holm, a 58-year-old engineer"
const NAME_THEN_AGE = new RegExp(`(${NAME}),\\s(?:a|an|the)\\s(\\d{1,3})-year-old\\b`, 'gu');

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

const surnameOf = (name: string): string => name.split(/\s/).pop()!;

export function findAges(paragraph: string): AgeMention[] {
  if (!/\d/.test(paragraph)) return [];
  const out: AgeMention[] = [];
  const add = (start: number, end: number, name: string, age: string) => {
    const n = Number(age);
    if (n < 1 || n > 120) return;
    if (out.some((a) => a.start < end && start < a.end)) return;
    out.push({ start, end, name, surname: surnameOf(name), age: n });
  };
  for (const m of paragraph.matchAll(APPOSITIVE)) add(m.index, m.index + m[0].length, m[1]!, m[2]!);
  for (const m of paragraph.matchAll(NAME_THEN_AGE)) add(m.index, m.index + m[0].length, m[1]!, m[2]!);
  for (const m of paragraph.matchAll(BEFORE_NAME)) add(m.index, m.index + m[0].length, m[2]!, m[1]!);
  return out;
}

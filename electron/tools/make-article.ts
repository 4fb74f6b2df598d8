/**
 * Builds a long, realistic news article deterministically (same words every time, on every
 * machine) for the engine benchmark and the incremental-analysis tests. It is made of the kinds
 * of paragraphs the checkers work on: people introduced by full name and then referred to by
 * surname, some of them spelled two or three ways; quotes attributed in several styles; figures
 * that mostly agree but sometimes contradict; acronyms spelled out or not.
 *
 *   node electron/tools/make-article.ts [WORDS] > article.txt
 */
import { countWords } from '../../shared/article/plainText.ts';

interface Person {
  full: string;
  /** Other spellings a translated or hurried story uses for the same person. */
  variants: string[];
  surname: string;
  title: string;
  pronoun: 'he' | 'she';
}

const PEOPLE: Person[] = [
  { full: 'Yoon Suk Yeol', variants: ['Yun Seok-yeol', 'Yoon Seok-yeol'], surname: 'Yoon', title: 'President', pronoun: 'he' },
  { full: 'Volodymyr Zelenskyy', variants: ['Volodymyr Zelensky', 'Volodymyr Zelenskiy'], surname: 'Zelenskyy', title: 'President', pronoun: 'he' },
  { full: 'Mark Rutte', variants: [], surname: 'Rutte', title: 'Secretary General', pronoun: 'he' },
  { full: 'Ursula von der Leyen', variants: [], surname: 'von der Leyen', title: 'Commission President', pronoun: 'she' },
  { full: 'Recep Tayyip Erdoğan', variants: ['Recep Tayyip Erdogan'], surname: 'Erdoğan', title: 'President', pronoun: 'he' },
  { full: 'Annalena Baerbock', variants: ['Annalena Berbock'], surname: 'Baerbock', title: 'Foreign Minister', pronoun: 'she' },
  { full: 'Muammar Gaddafi', variants: ['Muammar Qaddafi'], surname: 'Gaddafi', title: 'Colonel', pronoun: 'he' },
  { full: 'Kaja Kallas', variants: [], surname: 'Kallas', title: 'High Representative', pronoun: 'she' },
  { full: 'Olaf Scholz', variants: [], surname: 'Scholz', title: 'Chancellor', pronoun: 'he' },
  { full: 'Martin Schulz', variants: [], surname: 'Schulz', title: 'former Parliament President', pronoun: 'he' },
  { full: 'Lee Jae-myung', variants: ['Lee Jae-myeong'], surname: 'Lee', title: 'opposition leader', pronoun: 'he' },
  { full: 'Han Duck-soo', variants: ['Han Deok-su'], surname: 'Han', title: 'Prime Minister', pronoun: 'he' },
  { full: 'Denys Shmyhal', variants: ['Denis Shmygal'], surname: 'Shmyhal', title: 'Prime Minister', pronoun: 'he' },
  { full: 'Andriy Yermak', variants: ['Andrii Yermak'], surname: 'Yermak', title: 'chief of staff', pronoun: 'he' },
];

const PLACES = ['Kyiv', 'Seoul', 'Brussels', 'Kursk', 'Kharkiv', 'Pyongyang', 'Ankara', 'Berlin', 'Odesa', 'Busan', 'Warsaw', 'Vilnius'];

/** [spelled out, acronym]. */
const ORGS: [string, string][] = [
  ['North Atlantic Treaty Organization', 'NATO'],
  ['National Intelligence Service', 'NIS'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['Organization for Security and Co-operation in Europe', 'OSCE'],
  ['Joint Chiefs of Staff', 'JCS'],
  ['State Emergency Service', 'SES'],
  ['European Investment Bank', 'EIB'],
  ['Korea Institute for Defense Analyses', 'KIDA'],
];

const THINGS = ['troops', 'shells', 'drones', 'artillery pieces', 'engineers', 'observers', 'tonnes of grain', 'generators', 'ambulances', 'families'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const QUOTES = [
  'We will not accept any arrangement that rewards aggression',
  'This is a serious situation, and it may develop faster than anyone expected',
  'Our partners have shown that they understand what is at stake',
  'Every day of delay costs lives on the front line',
  'We are ready to share everything we know with our allies',
  'The numbers we have seen are worrying, but they are not final',
  'Nobody should doubt our resolve to protect our citizens',
  'We expect a clear answer before the end of the month',
  'It is too early to say how many of them are already there',
  'Sanctions alone will not change the calculation in Moscow',
  'We have asked for more air defence and we will keep asking',
  'The talks were frank and, in places, difficult',
];

/** A small deterministic PRNG (mulberry32): the same seed gives the same article everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Sentence = (ctx: Ctx) => string;

interface Ctx {
  pick<T>(items: readonly T[]): T;
  int(min: number, max: number): number;
  person: Person;
  /** The spelling this sentence uses: usually the full name, sometimes a variant. */
  spelled: string;
  place: string;
  org: [string, string];
  day: string;
}

const fmt = (n: number): string => n.toLocaleString('en-GB');

const SENTENCES: Sentence[] = [
  (c) => `${c.person.title} ${c.spelled} said on ${c.day} that ${c.place} would send a delegation to discuss the situation.`,
  (c) => `"${c.pick(QUOTES)}," ${c.spelled} told reporters in ${c.place}.`,
  (c) => `"${c.pick(QUOTES)}," said ${c.person.surname}, speaking after a meeting with officials from the ${c.org[0]} (${c.org[1]}).`,
  (c) => `"${c.pick(QUOTES)}" - ${c.person.pronoun} said.`,
  (c) => `According to the ${c.org[1]}, about ${fmt(c.int(2, 40) * 250)} ${c.pick(THINGS)} had been moved towards ${c.place} by ${c.day}.`,
  (c) => `${c.person.surname} said the ${c.org[1]} estimated that ${c.int(3, 95)}% of the equipment delivered last year was still in use.`,
  (c) => `The ${c.org[0]} said it would publish a full assessment within ${c.int(2, 9)} weeks.`,
  (c) => `In a telephone conversation with ${c.spelled} on ${c.day}, officials in ${c.place} promised ${fmt(c.int(5, 120) * 1000)} ${c.pick(THINGS)} before winter.`,
  (c) => `Officials in ${c.place}, who spoke on condition of anonymity, said the figure could rise to ${fmt(c.int(10, 90) * 100)} by the end of the year.`,
  (c) => `${c.person.surname}'s office later clarified that the ${c.org[1]} had not been consulted.`,
  (c) => `The meeting in ${c.place} lasted ${c.int(2, 6)} hours and ended without a joint statement.`,
  (c) => `${c.spelled}, who has led the talks since ${c.int(2015, 2024)}, described them as "${c.pick(['constructive', 'difficult', 'frank', 'useful', 'long overdue'])}".`,
  (c) => `It was the ${c.pick(['second', 'third', 'fourth', 'fifth'])} such call between ${c.person.surname} and ${c.pick(PEOPLE).full} in a week.`,
  (c) => `Analysts at the ${c.org[1]} warned that the ${c.pick(THINGS)} could arrive in ${c.place} earlier than expected, "possibly within days".`,
  (c) => `The ${c.org[1]} said on ${c.day} that the largest convoy so far had reached ${c.place}.`,
  (c) => `${c.person.pronoun === 'he' ? 'He' : 'She'} added that ${c.int(2, 12)} ministers from ${c.pick(PLACES)} would join the next round of talks.`,
  (c) => `Residents of ${c.place} said the shelling on ${c.day} night had damaged ${c.int(3, 60)} homes and a school.`,
  (c) => `${c.place} has so far received ${fmt(c.int(100, 900))} million euros from the ${c.org[0]}, the ${c.org[1]} said in a statement.`,
];

/** A realistic article of at least `words` words (default 20,000), the same for the same seed. */
export function makeArticle(words = 20_000, seed = 20_241_029): string {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const paragraphs: string[] = ['Allies weigh response as troops move towards the front', 'By our correspondent in Kyiv'];
  let total = countWords(paragraphs.join(' '));
  while (total < words) {
    const person = pick(PEOPLE);
    const spelled = person.variants.length && random() < 0.25 ? pick(person.variants) : person.full;
    const ctx: Ctx = { pick, int, person, spelled, place: pick(PLACES), org: pick(ORGS), day: pick(DAYS) };
    const sentences: string[] = [];
    const n = int(2, 5);
    for (let i = 0; i < n; i++) sentences.push(pick(SENTENCES)(ctx));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += countWords(paragraph);
  }
  return paragraphs.join('\n\n');
}

if (import.meta.main) {
  const words = Number(process.argv[2] ?? 20_000);
  if (!Number.isInteger(words) || words <= 0) {
    process.stderr.write('make-article: WORDS must be a positive whole number\n');
    process.exitCode = 2;
  } else process.stdout.write(`${makeArticle(words)}\n`);
}

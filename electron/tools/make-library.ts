/**
 * Generates a realistic, deterministic Copydesk library: news articles with headlines,
 * standfirsts, bylines, datelines, statuses, tags, quotes, numbers and recurring people — some of
 * them spelled differently in a minority of articles, as real newsrooms do. The same seed always
 * gives byte-identical files, so benchmarks compare like with like.
 *
 *   node electron/tools/make-library.ts DIR [--count 10000] [--seed 7]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FORMAT, ARTICLE_VERSION, type Article, type ArticleStatus } from '../../shared/article/schema.ts';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';

/** A small, fast, seedable PRNG (mulberry32): deterministic across platforms. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** People who recur across the library. `variants` are the off-house spellings some copy uses. */
const PEOPLE: { name: string; surname: string; title: string; variants: string[] }[] = [
  { name: 'Volodymyr Zelensky', surname: 'Zelensky', title: 'President', variants: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'] },
  { name: 'Yoon Suk Yeol', surname: 'Yoon', title: 'President', variants: ['Yun Seok-yeol', 'Yoon Seok-yeol'] },
  { name: 'Mark Rutte', surname: 'Rutte', title: 'Secretary General', variants: [] },
  { name: 'Olaf Scholz', surname: 'Scholz', title: 'Chancellor', variants: [] },
  { name: 'Martin Schulz', surname: 'Schulz', title: 'former parliament president', variants: [] },
  { name: 'Muammar Gaddafi', surname: 'Gaddafi', title: 'the late leader', variants: ['Muammar Qaddafi', 'Moammar Kadhafi'] },
  { name: 'Ursula von der Leyen', surname: 'von der Leyen', title: 'Commission President', variants: [] },
  { name: 'Amara Okafor', surname: 'Okafor', title: 'Mayor', variants: ['Amara Okafour'] },
  { name: 'Henrik Lindqvist', surname: 'Lindqvist', title: 'Finance Minister', variants: ['Henrik Lindquist'] },
  { name: 'Priya Raman', surname: 'Raman', title: 'council leader', variants: [] },
  { name: 'Tomasz Wiśniewski', surname: 'Wiśniewski', title: 'union spokesman', variants: ['Tomasz Wisniewski'] },
  { name: 'Sofia Marchetti', surname: 'Marchetti', title: 'head coach', variants: [] },
  { name: 'Daniel Okonkwo', surname: 'Okonkwo', title: 'chief executive', variants: [] },
  { name: 'Leila Haddad', surname: 'Haddad', title: 'professor', variants: ['Leila Hadad'] },
  { name: 'Jonas Weber', surname: 'Weber', title: 'police chief', variants: [] },
  { name: 'Grace Mwangi', surname: 'Mwangi', title: 'health minister', variants: [] },
  { name: 'Pedro Alvarez', surname: 'Alvarez', title: 'striker', variants: ['Pedro Álvarez'] },
  { name: 'Ingrid Solberg', surname: 'Solberg', title: 'museum director', variants: [] },
  { name: 'Kenji Watanabe', surname: 'Watanabe', title: 'researcher', variants: [] },
  { name: 'Fatima Benali', surname: 'Benali', title: 'prosecutor', variants: [] },
];

const PLACES = ['Kyiv', 'Seoul', 'Brussels', 'Berlin', 'Lagos', 'Stockholm', 'Warsaw', 'Milan', 'Nairobi', 'Osaka', 'Rotterdam', 'Kharkiv', 'Tripoli', 'Leeds', 'Porto', 'Gdańsk'];
const ORGS = ['the European Commission', 'the city council', 'the central bank', 'the health ministry', 'the football federation', 'the national museum', 'the transport authority', 'the university hospital', 'the port authority', 'the teachers’ union'];
const BYLINES = ['Anna Kowalczyk', 'James Whitfield', 'Mei Lin', 'Olusegun Adeyemi', 'Clara Jensen', 'Rafael Costa', 'Hannah Brooks', 'Yusuf Demir', 'Elena Petrova', 'Tom Gallagher'];
const STATUSES: ArticleStatus[] = ['draft', 'draft', 'in-review', 'approved', 'published', 'published', 'published'];

interface Topic {
  tag: string;
  nouns: string[];
  headlines: string[];
  sentences: string[];
}

// Slots: {P} full name, {S} surname, {T} title, {L} place, {O} organisation, {N} a number,
// {R} a rate, {X} a topic noun, {Y} another topic noun, {Q} a quotation.
const TOPICS: Topic[] = [
  {
    tag: 'politics',
    nouns: ['coalition', 'budget', 'ceasefire', 'delegation', 'sanctions', 'referendum', 'summit', 'parliament', 'election', 'treaty', 'opposition', 'cabinet reshuffle'],
    headlines: ['{S} pledges new {X} talks in {L}', '{L} {X} faces fresh test as {S} digs in', 'What the {X} means for {L}', '{S} under pressure over {X}'],
    sentences: [
      '{T} {P} said the {X} would be discussed when ministers meet in {L} next week.',
      'Officials in {L} confirmed that {N} members of the {X} had signed the letter.',
      '“{Q},” {S} told reporters outside {O}.',
      'The {X} has divided {O}, where {N} delegates are expected to vote on Thursday.',
      'Critics say the {X} was rushed through without consulting {O}.',
      'According to {O}, talks on the {Y} will resume after the holiday.',
      '{S} has repeatedly denied that the {Y} was linked to the {X}.',
      'A spokesperson for {O} declined to comment on the {X}.',
    ],
  },
  {
    tag: 'economy',
    nouns: ['inflation', 'interest rates', 'wages', 'exports', 'energy prices', 'housing market', 'pension fund', 'trade deficit', 'tax reform', 'supply chain', 'jobless rate'],
    headlines: ['{X} rise puts pressure on {L} households', '{S} warns of slowdown as {X} bites', '{O} holds steady on {X}', 'Why {X} matter more than {Y} this year'],
    sentences: [
      '{X} climbed by {R} per cent in the year to October, figures from {O} showed.',
      '{T} {P} said the {Y} would take “months, not weeks” to settle.',
      'Economists in {L} had expected a smaller change in {X}.',
      '“{Q},” said {S}, who has led {O} since 2021.',
      'The figures suggest that {Y} remain the main concern for small firms in {L}.',
      'About {N} companies have asked {O} for help with {X}.',
      'Analysts noted that {X} tend to lag behind {Y} by several quarters.',
      'The {Y} report will be published by {O} on Friday.',
    ],
  },
  {
    tag: 'sport',
    nouns: ['season', 'transfer', 'final', 'derby', 'injury', 'league title', 'training camp', 'stadium', 'relegation battle', 'academy'],
    headlines: ['{S} double seals {L} {X}', '{L} look to {S} after {X} setback', 'Inside the {X} that changed {L}', '{S}: “We are ready for the {X}”'],
    sentences: [
      '{P} scored twice in the second half as {L} won the {X} in front of {N} fans.',
      '{T} {P} said the squad had learned from the {Y}.',
      '“{Q},” {S} said after the match.',
      'The club confirmed that the {Y} would keep the midfielder out for {N} weeks.',
      'Supporters in {L} have waited since 2009 for a {X} like this one.',
      '{O} has opened an inquiry into crowd trouble before the {X}.',
      'The {Y} is expected to cost about {N} million euros.',
    ],
  },
  {
    tag: 'culture',
    nouns: ['exhibition', 'festival', 'premiere', 'restoration', 'collection', 'novel', 'orchestra', 'archive', 'gallery', 'opera season'],
    headlines: ['{L} {X} draws record crowds', '{S} brings forgotten {X} back to life', 'A {X} for a city in transition', 'Review: the {X} {L} has waited for'],
    sentences: [
      'The {X} opens at the national museum in {L} on Saturday and runs until March.',
      '{T} {P} said the {Y} had taken {N} years to assemble.',
      '“{Q},” {S} said at the launch.',
      'More than {N} visitors saw the {X} in its first week, according to {O}.',
      'The {Y} includes letters, photographs and a recording never heard in public.',
      'Funding for the {X} came partly from {O}.',
      'Critics have praised the {Y} for its quiet ambition.',
    ],
  },
  {
    tag: 'science',
    nouns: ['study', 'vaccine trial', 'telescope', 'climate model', 'research grant', 'clinical trial', 'satellite', 'genome project', 'laboratory', 'drought'],
    headlines: ['{X} offers new clues on {Y}', '{L} team behind {X} breakthrough', 'Scientists question {X} findings', 'How a {X} in {L} could change {Y}'],
    sentences: [
      'The {X}, published this week, followed {N} patients over five years.',
      '{T} {P}, who led the {X}, said the results were “encouraging but early”.',
      '“{Q},” said {S}.',
      'Researchers at {O} in {L} said the {Y} needed more funding.',
      'The {X} was reviewed by {N} independent scientists before publication.',
      'Data from the {Y} will be shared with other teams next year.',
    ],
  },
  {
    tag: 'local',
    nouns: ['bus route', 'library', 'school', 'flood defences', 'housing estate', 'market', 'bridge repair', 'park', 'bin collection', 'cycle lane'],
    headlines: ['{L} {X} to close for {N} weeks', 'Residents fight plan for {X}', '{S} promises answers on {X}', 'New {X} opens after long delay'],
    sentences: [
      'The {X} on the east side of {L} will close on Monday, {O} said.',
      '{T} {P} said residents had been consulted “at every stage”.',
      '“{Q},” said {S}, who lives near the {Y}.',
      'A petition against the {X} has gathered {N} signatures.',
      'Work on the {Y} is expected to cost {N} thousand euros.',
      '{O} said the {X} would reopen in the spring.',
    ],
  },
];

const QUOTES = [
  'We will not accept a deal that leaves people worse off',
  'This is the moment to act, not to wait for another report',
  'Nobody expected the numbers to move this quickly',
  'I am proud of what the team achieved today',
  'We owe it to the next generation to get this right',
  'There is still a great deal of work to do',
  'The public deserves a clear answer',
  'It was a difficult decision, but the right one',
  'We have listened, and we have changed the plan',
  'Our priority is the safety of every resident',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function fill(template: string, rand: () => number, topic: Topic, person: { name: string; surname: string; title: string }): string {
  return template.replace(/\{([PSTLONRXYQ])\}/g, (_m, slot: string) => {
    switch (slot) {
      case 'P': return person.name;
      case 'S': return person.surname;
      case 'T': return person.title;
      case 'L': return pick(rand, PLACES);
      case 'O': return pick(rand, ORGS);
      case 'N': return String(Math.floor(rand() * 9000) + 12);
      case 'R': return (rand() * 9 + 0.1).toFixed(1);
      case 'X': return pick(rand, topic.nouns);
      case 'Y': return pick(rand, topic.nouns);
      default: return pick(rand, QUOTES);
    }
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One article, fully determined by `index` and `seed`. */
export function makeArticle(index: number, seed = 7): Article {
  const rand = prng(seed * 1_000_003 + index);
  const topic = pick(rand, TOPICS);
  const base = pick(rand, PEOPLE);
  // One article in twelve spells its main person in an off-house way, consistently.
  const spelling = base.variants.length > 0 && rand() < 1 / 12 ? pick(rand, base.variants) : base.name;
  const person = { ...base, name: spelling, surname: spelling.split(' ').slice(-1)[0] ?? base.surname };
  if (base.surname.includes(' ')) person.surname = base.surname;
  const second = pick(rand, PEOPLE);

  const paragraphs: string[] = [];
  const count = 6 + Math.floor(rand() * 9);
  for (let p = 0; p < count; p++) {
    const who = p % 3 === 2 ? second : person;
    const sentences: string[] = [];
    const n = 2 + Math.floor(rand() * 3);
    for (let s = 0; s < n; s++) sentences.push(capitalise(fill(pick(rand, topic.sentences), rand, topic, who)));
    paragraphs.push(sentences.join(' '));
  }
  const title = capitalise(fill(pick(rand, topic.headlines), rand, topic, person));
  const standfirst = capitalise(fill(pick(rand, topic.sentences), rand, topic, person));
  // Dates spread over three years, created before edited.
  const created = Date.UTC(2024, 0, 1) + Math.floor(rand() * 3 * 365 * 86_400_000);
  const updated = created + Math.floor(rand() * 20 * 86_400_000);
  const tags = [topic.tag];
  if (rand() < 0.4) tags.push(pick(rand, PLACES).toLowerCase());
  if (rand() < 0.15) tags.push('exclusive');
  return {
    format: ARTICLE_FORMAT,
    version: ARTICLE_VERSION,
    id: `a${String(index).padStart(5, '0')}-${topic.tag}`,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
    revision: 1 + Math.floor(rand() * 40),
    title,
    standfirst,
    byline: pick(rand, BYLINES),
    dateline: pick(rand, PLACES),
    status: pick(rand, STATUSES),
    tags,
    body: bodyFromParagraphs(paragraphs),
    flags: [],
    quotes: [],
    dismissed: [],
  };
}

/** Writes `count` articles as `<id>.json` into `dir` (created if missing). Returns the ids. */
export function makeLibrary(dir: string, count: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const article = makeArticle(i, seed);
    writeFileSync(join(dir, `${article.id}.json`), `${JSON.stringify(article)}\n`);
    ids.push(article.id);
  }
  return ids;
}

function main(argv: string[]): void {
  const dir = argv.find((a, i) => !a.startsWith('--') && !(argv[i - 1] ?? '').startsWith('--'));
  const flag = (name: string, fallback: number): number => {
    const i = argv.indexOf(name);
    const value = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number, got "${argv[i + 1]}"`);
    return value;
  };
  if (!dir) {
    console.error('usage: node electron/tools/make-library.ts DIR [--count 10000] [--seed 7]');
    process.exit(2);
  }
  const count = flag('--count', 10_000);
  const started = performance.now();
  makeLibrary(dir, count, flag('--seed', 7));
  console.log(`wrote ${count} articles to ${dir} in ${Math.round(performance.now() - started)} ms`);
}

if (import.meta.filename === process.argv[1]) main(process.argv.slice(2));

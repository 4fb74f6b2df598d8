/**
 * What the quotes checker needs to know about the people a paragraph names: where they are, the
 * job the text gives them ("Health Minister", "the interior minister", "his lawyer"), whether it
 * says they are a man or a woman, and whether it says they did not speak. Names come from the
 * names checker's mention finder; this file only reads the words around them.
 *
 * Offsets are relative to the paragraph.
 */
import { findMentions } from '../names/mentions.ts';
import { isSpace } from '../doc.ts';
import type { EntityKind } from '../types.ts';

export type Gender = 'male' | 'female';

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** Job or relation words written with the name, lower-cased ("health minister", "daughter"). */
  role: string;
  /** What the words around the name say about gender (title, "spokeswoman", "daughter"). */
  gender?: Gender;
  weak?: boolean;
  /** The text says this person did not speak ("Denis did not speak to reporters"). */
  silent?: boolean;
}

const MALE_CUES = new Set(('mr sir lord king prince spokesman chairman businessman congressman father son ' +
  'husband brother uncle grandfather boyfriend man monk nephew dad baron duke count emperor').split(' '));
const FEMALE_CUES = new Set(('ms mrs miss madam madame dame lady queen princess spokeswoman chairwoman ' +
  'businesswoman congresswoman mother daughter wife sister aunt grandmother girlfriend woman widow ' +
  'actress nun niece mum mom baroness duchess countess empress').split(' '));

const DETERMINERS = new Set('the a an its his her their our this that'.split(' '));
const CLAUSE_WORDS = new Set(('and but or with by to of for in on at from as than said says told met after before ' +
  'when while who which that is was are were has had have also not').split(' '));
const ROLE_WORD_RE = /^[\p{L}’'-]+$/u;
const POSSESSIVE_RE = /['’]s$/u;
const APPOSITIVE_AFTER_RE = /^,\s*((?:the|a|an|his|her|its|their)\s+[^,.;:!?"“”«»]{1,60}|[\p{Ll}][^,.;:!?"“”«»]{0,40}?\s(?:of|at|for)\s[^,.;:!?"“”«»]{1,50})(?=[,.;:!?]|$)/u;
const COMMA_ROLE_BEFORE_RE = /(?:^|[.;:!?]\s+|,\s+)((?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}-]*['’]s)\s+[^,.;:!?"“”«»]{1,50}),\s*$/iu;
const SILENT_AFTER_RE = /^(?:,[^,.]{1,60},)?\s+(?:did\s+not|didn['’]t|declined|refused|could\s+not\s+be\s+reached|was\s+not\s+available|was\s+unavailable|has\s+not\s+commented)/iu;
// First letters of the words SILENT_AFTER_RE starts with (did, declined, refused, could, was, has).
const SILENT_INITIALS = new Set('dDrRcCwWhH'.split(''));

const NON_LETTERS = /[^\p{L}]+/u;

function cueOf(word: string): Gender | undefined {
  if (MALE_CUES.has(word)) return 'male';
  if (FEMALE_CUES.has(word)) return 'female';
  return undefined;
}

/** The first gender cue among the words (split at every non-letter), read in order. */
function genderOf(words: string): Gender | undefined {
  const lower = words.toLowerCase();
  let start = -1;
  // Role words are nearly always ASCII, whose letters are a-z once lower-cased: the words are cut
  // out by char code instead of a Unicode regex split. Other text is split by the regex.
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c > 127) return genderOfUnicode(lower);
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const g = cueOf(lower.slice(start, i));
      if (g) return g;
      start = -1;
    }
  }
  return undefined;
}

function genderOfUnicode(lower: string): Gender | undefined {
  for (const w of lower.split(NON_LETTERS)) {
    const g = cueOf(w);
    if (g) return g;
  }
  return undefined;
}

const isRoleWord = (w: string): boolean => {
  if (!lettersAndApostrophes(w) || POSSESSIVE_RE.test(w)) return false;
  const lower = w.toLowerCase();
  return !DETERMINERS.has(lower) && !CLAUSE_WORDS.has(lower);
};

/**
 * ROLE_WORD_RE.test(w), by char code for ASCII (every word read before every name goes through
 * here); a word with other characters is left to the Unicode regex.
 */
function lettersAndApostrophes(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return ROLE_WORD_RE.test(w);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45)) return false;
  }
  return true;
}

/**
 * Lower-case job words written directly before the name at `start`: "police spokeswoman",
 * "former port director". Up to three words, separated from the name by white space, read
 * backwards within the 48 characters before it.
 */
function roleDirectlyBefore(paragraph: string, start: number): string {
  const lo = Math.max(0, start - 48);
  let i = start - 1;
  if (i < lo || !isSpace(paragraph.charCodeAt(i))) return '';
  const kept: string[] = [];
  while (kept.length < 3) {
    while (i >= lo && isSpace(paragraph.charCodeAt(i))) i--;
    let j = i;
    while (j >= lo && !isSpace(paragraph.charCodeAt(j))) j--;
    const w = paragraph.slice(j + 1, i + 1);
    if (!isRoleWord(w)) break;
    kept.unshift(w);
    i = j;
  }
  return kept.join(' ');
}

/** A comma (then perhaps white space) ends the 80 characters before `start`: "the agency's director, Kim". */
function commaBefore(paragraph: string, start: number): boolean {
  const lo = Math.max(0, start - 80);
  let i = start - 1;
  while (i >= lo && isSpace(paragraph.charCodeAt(i))) i--;
  return i >= lo && paragraph[i] === ',';
}

/** "Denis did not speak", "Holm, the envoy, declined to comment": read from `end` on. */
function saysSilent(paragraph: string, end: number): boolean {
  if (paragraph[end] !== ',') {
    let i = end;
    while (i < paragraph.length && i < end + 120 && isSpace(paragraph.charCodeAt(i))) i++;
    if (i === end || !SILENT_INITIALS.has(paragraph[i]!)) return false;
  }
  return SILENT_AFTER_RE.test(paragraph.slice(end, end + 120));
}

/**
 * The gender describeMention would give the name at [start, end) (no title), read cheaply: only
 * the words directly before it, unless a comma beside it brings in an appositive or a role
 * phrase — then `null`: read the mention in full.
 */
export function genderBeforeName(paragraph: string, start: number, end: number): Gender | undefined | null {
  if (paragraph[end] === ',' || commaBefore(paragraph, start)) return null;
  return genderDirectlyBefore(paragraph, start);
}

/**
 * genderOf(roleDirectlyBefore(...)) without joining the words: the same words, walked the same
 * way (backwards), each read for a cue. The leftmost cue wins, as genderOf reads in order.
 */
function genderDirectlyBefore(paragraph: string, start: number): Gender | undefined {
  const lo = Math.max(0, start - 48);
  let i = start - 1;
  if (i < lo || !isSpace(paragraph.charCodeAt(i))) return undefined;
  let gender: Gender | undefined;
  for (let kept = 0; kept < 3; kept++) {
    while (i >= lo && isSpace(paragraph.charCodeAt(i))) i--;
    let j = i;
    while (j >= lo && !isSpace(paragraph.charCodeAt(j))) j--;
    const w = paragraph.slice(j + 1, i + 1);
    if (!isRoleWord(w)) break;
    gender = genderOf(w) ?? gender;
    i = j;
  }
  return gender;
}

/** Read the words around one name: its job, gender cues, and whether it is said not to speak. */
export function describeMention(paragraph: string, m: { start: number; end: number; text: string; kind: EntityKind; title?: string; weak?: boolean }): PersonMention {
  const parts: string[] = [];
  if (m.title) parts.push(m.title);
  const direct = roleDirectlyBefore(paragraph, m.start);
  if (direct) parts.push(direct);
  const roleBefore = commaBefore(paragraph, m.start) ? COMMA_ROLE_BEFORE_RE.exec(paragraph.slice(Math.max(0, m.start - 60), m.start)) : null;
  if (roleBefore) parts.push(roleBefore[1]!);
  const appositive = paragraph[m.end] === ',' ? APPOSITIVE_AFTER_RE.exec(paragraph.slice(m.end, m.end + 120)) : null;
  if (appositive) parts.push(appositive[1]!.replace(/\s+who\b.*$/u, ''));
  const role = parts.length === 0 ? '' : parts.join('; ').toLowerCase();
  const person: PersonMention = { start: m.start, end: m.end, text: m.text, kind: m.kind, role };
  // A lone capitalised sentence opener ("Mum", "Nobody") counts only if linked to a full name.
  if (m.weak) person.weak = true;
  const gender = role === '' ? undefined : genderOf(role);
  if (gender) person.gender = gender;
  if (saysSilent(paragraph, m.end)) person.silent = true;
  return person;
}

/**
 * Every name in a paragraph, described. Used only when the quotes checker runs without the
 * names checker's entities; the engine passes entities and this is not called.
 */
export function findPeople(paragraph: string): PersonMention[] {
  return findMentions(paragraph).map((m) => describeMention(paragraph, m));
}

/**
 * What the quotes checker needs to know about the people a paragraph names: where they are, the
 * job the text gives them ("Health Minister", "the interior minister", "his lawyer"), whether it
 * says they are a man or a woman, and whether it says they did not speak. Names come from the
 * names checker's mention finder; this file only reads the words around them.
 *
 * Offsets are relative to the paragraph.
 */
import { findMentions } from '../names/mentions.ts';
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

const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|this|that)$/iu;
const CLAUSE_WORDS = /^(?:and|but|or|with|by|to|of|for|in|on|at|from|as|than|said|says|told|met|after|before|when|while|who|which|that|is|was|are|were|has|had|have|also|not)$/iu;
const APPOSITIVE_AFTER_RE = /^,\s*((?:the|a|an|his|her|its|their)\s+[^,.;:!?"“”«»]{1,60}|[\p{Ll}][^,.;:!?"“”«»]{0,40}?\s(?:of|at|for)\s[^,.;:!?"“”«»]{1,50})(?=[,.;:!?]|$)/u;
const COMMA_ROLE_BEFORE_RE = /(?:^|[.;:!?]\s+|,\s+)((?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}-]*['’]s)\s+[^,.;:!?"“”«»]{1,50}),\s*$/iu;
const SILENT_AFTER_RE = /^(?:,[^,.]{1,60},)?\s+(?:did\s+not|didn['’]t|declined|refused|could\s+not\s+be\s+reached|was\s+not\s+available|was\s+unavailable|has\s+not\s+commented)/iu;

function genderOf(words: string): Gender | undefined {
  for (const w of words.toLowerCase().split(/[^\p{L}]+/u)) {
    if (MALE_CUES.has(w)) return 'male';
    if (FEMALE_CUES.has(w)) return 'female';
  }
  return undefined;
}

/** Lower-case job words written directly before the name: "police spokeswoman", "former port director". */
function roleDirectlyBefore(before: string): string {
  // Split the last few words by hand: an end-anchored regex would be retried at every offset.
  const ws = before.slice(-48).split(/\s+/u);
  if (ws.at(-1) !== '') return '';
  ws.pop();
  const kept: string[] = [];
  for (let k = ws.length - 1; k >= 0 && kept.length < 3; k--) {
    const w = ws[k]!;
    if (!/^[\p{L}’'-]+$/u.test(w) || DETERMINERS.test(w) || CLAUSE_WORDS.test(w) || /['’]s$/u.test(w)) break;
    kept.unshift(w);
  }
  return kept.join(' ');
}

/** Read the words around one name: its job, gender cues, and whether it is said not to speak. */
export function describeMention(paragraph: string, m: { start: number; end: number; text: string; kind: EntityKind; title?: string; weak?: boolean }): PersonMention {
  const before = paragraph.slice(Math.max(0, m.start - 80), m.start);
  const after = paragraph.slice(m.end, m.end + 120);
  const parts: string[] = [];
  if (m.title) parts.push(m.title);
  const direct = roleDirectlyBefore(before);
  if (direct) parts.push(direct);
  const commaBefore = /,\s*$/u.test(before) ? COMMA_ROLE_BEFORE_RE.exec(before.slice(-60)) : null;
  if (commaBefore) parts.push(commaBefore[1]!);
  const appositive = APPOSITIVE_AFTER_RE.exec(after);
  if (appositive) parts.push(appositive[1]!.replace(/\s+who\b.*$/u, ''));
  const role = parts.join('; ').toLowerCase();
  const person: PersonMention = { start: m.start, end: m.end, text: m.text, kind: m.kind, role };
  // A lone capitalised sentence opener ("Mum", "Nobody") counts only if linked to a full name.
  if (m.weak) person.weak = true;
  const gender = genderOf(role);
  if (gender) person.gender = gender;
  if (SILENT_AFTER_RE.test(after)) person.silent = true;
  return person;
}

/**
 * Every name in a paragraph, described. Used only when the quotes checker runs without the
 * names checker's entities; the engine passes entities and this is not called.
 */
export function findPeople(paragraph: string): PersonMention[] {
  return findMentions(paragraph).map((m) => describeMention(paragraph, m));
}

/**
 * What a number counts. Each number in a sentence becomes a mention with a *key* naming the
 * quantity it states ("deaths", "members", "fine", or "head:troop" for a plain noun), so the
 * checker only ever compares two numbers that are about the same thing, and with the markers
 * that make a different value legitimate (an update, a part of a whole, another event).
 */
import type { NumberKind, NumberToken } from './parse.ts';
import { isSpace } from '../doc.ts';

export type Bound = 'about' | 'atLeast' | 'atMost' | null;

export interface NumberMention {
  /** Paragraph-relative span of the phrase to show ("killed 23 people", "the death toll of 32"). */
  start: number;
  end: number;
  text: string;
  /** Span of the number itself. */
  numStart: number;
  numEnd: number;
  raw: string;
  value: number;
  form: 'digits' | 'words';
  grouped: boolean | null;
  kind: NumberKind;
  currency: string | null;
  /** The noun counted, singular ("troop", "people"), when there is one. */
  head: string | null;
  key: string | null;
  /** For "the 12-member committee": "committee". */
  owner: string | null;
  bound: Bound;
  /**
   * The mention's sentence (paragraph-relative). Whether it marks an update ("rose to",
   * "later") or another event ("in 2019", "a week earlier") is read from it only when two
   * mentions disagree — rarely — see `sentenceContext`.
   */
  sentenceStart: number;
  sentenceEnd: number;
  /** Preceded by "the", "all", "those": the figure is stated as the known total. */
  definite: boolean;
  /** Part of a whole or a difference: "including 5", "share of", "two points clear". */
  part: boolean;
  sentenceStartsWith: boolean;
}

const STOP = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but',
  'as', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'it',
  'its', 'their', 'his', 'her', 'than', 'into', 'over', 'under', 'after', 'before', 'since',
  'per', 'each', 'who', 'which', 'would', 'will', 'could', 'said', 'more', 'less', 'up', 'down',
]);
const IRREGULAR_PLURAL = new Set([
  'people', 'men', 'women', 'children', 'police', 'staff', 'aircraft', 'personnel', 'cattle',
  'sheep', 'fish', 'dead', 'wounded', 'injured', 'crew', 'troops',
]);

const BOUND_BEFORE: [RegExp, Bound][] = [
  [/\b(?:at least|more than|over|upwards of|in excess of|no fewer than|no less than)\s$/i, 'atLeast'],
  [/\b(?:up to|fewer than|less than|under|at most|as many as|no more than|nearly|almost|just under)\s$/i, 'atMost'],
  [/\b(?:about|around|some|roughly|approximately|an estimated|estimated|close to|circa|c\.)\s$/i, 'about'],
];

const DEATH_VERB = /\b(?:killed|killing|kills|kill|claimed the lives of|left)\s(?:(?:at least|about|some|nearly|more than|over|around|an estimated|almost|roughly)\s)?$/i;
const DEATH_TOLL = /\b(?:(?:death toll|toll|number of (?:dead|deaths|victims))\b[^.,;]{0,30}?\b(?:of|to|at|is|was|stood at|reached|hit)|(?:deaths|lives) of)\s(?:(?:at least|about|some|nearly|more than|over|around|an estimated|almost|roughly)\s)?$/i;
const DIED_AFTER = /^(?:\s+people|\s+persons|\s+residents|\s+civilians|\s+\p{L}+)?\s+(?:were|have been|had been|are|was)?\s?(?:killed|dead|died|confirmed dead|lost their lives)\b/iu;
const INJURY_VERB = /\b(?:injured|injuring|wounded|wounding|hurt|hurting)\s(?:(?:at least|about|some|nearly|more than|over|around|another)\s)?$/i;
const INJURED_AFTER = /^(?:\s+\p{L}+)?\s+(?:were|have been|had been|are|was)?\s?(?:injured|wounded|hurt|hospitali[sz]ed)\b/iu;
const FINE_BEFORE = /\b(?:fined|fine of|penalty of|fines totalling|penalties of)\b[^.;]{0,60}$/i;
const MEMBERS_DET = /\b(?:all|the|its|their|his|her|\p{L}+'s|\p{L}+’s)\s(?:(?:about|some|nearly|around)\s)?$/iu;

const EMPLOYS = /\b(?:employs|employing|employed|workforce of|staff of|payroll of)\s(?:(?:about|some|nearly|around|more than|almost)\s)?$/i;
const WORKERS = new Set(['employee', 'worker', 'staff']);
const OWN_DET = /\b(?:its|their|the company's|the company’s|the firm's|the firm’s|the group's|the group’s)\s(?:(?:about|some|nearly|around|more than|almost)\s)?$/i;
const ARREST_VERB = /\b(?:arrested|arresting|detained|detaining)\s(?:(?:at least|about|some|nearly|more than|over|around|another)\s)?$/i;
const ARRESTED_AFTER = /^(?:\s+\p{L}+)?\s+(?:were|have been|had been|are|was)?\s?(?:arrested|detained)\b/iu;
const EVACUATE_VERB = /\bevacuated\s(?:(?:at least|about|some|nearly|more than|over|around|another)\s)?$/i;
const EVACUATED_AFTER = /^(?:\s+\p{L}+)?\s+(?:were|have been|had been|are|was)\s(?:forced to\s)?(?:evacuated|evacuate)\b/iu;
const MONEY_THINGS = 'deal|budget|contract|loan|package|project|bid|offer|takeover|settlement|investment|grant|bailout|bonus|ransom|compensation|damages';
const MONEY_THING_AFTER = new RegExp(`^\\s(?:[\\p{Ll}-]+\\s)?(${MONEY_THINGS})\\b`, 'iu');
const MONEY_THING_BEFORE = new RegExp(`\\b(${MONEY_THINGS})\\s(?:worth|of|valued at|totalling|totaling)\\s(?:(?:about|some|nearly|around|more than|almost)\\s)?$`, 'i');
const OTHER_SUM = /\b(?:second|third|new|previous|earlier|first|separate|original|revised|initial|rival|competing|another|last year's|last year’s)\b[^.;]{0,30}$/i;
const UPDATE = /\b(?:rose|risen|rises|rising|raised|raising|climbed|increased|jumped|revised|revising|updated|later|now|latest|new toll|has since|since risen|grew|fell to|dropped to|lowered|corrected)\b/i;
const PART_BEFORE = /\b(?:including|among them|among whom|of whom|of which|share|part|portion|half|another|additional|extra|further|a third|a quarter|most|majority|remaining|rest)\b[^.;]{0,30}$/i;
const PART_AFTER = /^\s*(?:of\s(?:them|the|whom|which|those|these|its|their)|more|others?|other|fewer|extra|additional|were children)\b/i;
const DIFFERENCE_AFTER = /^\s*(?:clear|ahead|behind|short|higher|lower|more|less|fewer|up|down|better|worse|apart)\b/i;
// Read over the whole sentence: "A week earlier, an explosion in the same district killed four people."
const OTHER_EVENT = /\b(?:in (?:19|20)\d\d|last (?:year|month|week|season|time)|(?:a|one|two|three|four|several) (?:days?|weeks?|months?|years?|decades?) (?:earlier|ago|before)|earlier this (?:year|month|week)|previous(?:ly)?|the year before|in a similar|a similar|another (?:\p{L}+ )?(?:attack|disaster|landslide|crash|incident|explosion|fire|flood|quake|earthquake|storm|shooting|accident))\b/iu;

// Every pattern used while reading a number is a module constant: a regex literal in a function
// body makes a new RegExp object each time it is evaluated, here several per number of the article.
const IES_END = /ies$/;
const SINGULAR_S_END = /(?:ss|us|is)$/;
const S_END = /s$/;
const S_END_ANY_CASE = /s$/i;
/** A word after a number, read from lastIndex (sticky: findHead sets lastIndex before each use). */
const HEAD_WORD = /\s*([\p{Ll}][\p{Ll}-]*)/uy;
const DEFINITE_BEFORE = /\b(?:the|all|all the|those|these|its|their)\s(?:(?:about|some|nearly|around|roughly)\s)?$/i;
const OWNER_AFTER = /^\s(\p{Ll}+)/u;
const EVENT_WORD = /kill|dead|died|lives|injur|wound|hurt|hospital|arrest|detain|evacuat/i;
// Keyword prefilters for the anchored patterns (see toMention).
const DEATH_VERB_HINT = /kill|claimed|left/i;
const DEATH_TOLL_HINT = /toll|number of|death|lives/i;
const ARREST_HINT = /arrest|detain/i;
const INJURY_HINT = /injur|wound|hurt/i;
const EVACUATE_HINT = /evacuat/i;
const EMPLOY_HINT = /employ|workforce|staff|payroll/i;
const FINE_HINT = /fine|penalt/i;
const FINE_AFTER = /^\s*(?:fine|penalty|fines)\b/i;
const TOTAL_BEFORE = /\b(?:a total of|the total of|in total)\s$/i;
const THE_BEFORE = /\bthe\s$/i;

// The last word of every BOUND_BEFORE phrase ("at least" → "least"; "c." is tested apart) and
// of every DEFINITE_BEFORE phrase, lower-cased. Those patterns all end in "word\s$", and the
// word starts at a space or \b: a number whose word before is not one of these skips them.
const BOUND_LAST_WORDS = new Set([
  'least', 'than', 'over', 'of', 'to', 'under', 'most', 'as', 'nearly', 'almost', 'about', 'around', 'some', 'roughly',
  'approximately', 'estimated', 'circa',
]);
const DEFINITE_LAST_WORDS = new Set(['the', 'all', 'those', 'these', 'its', 'their', 'about', 'some', 'nearly', 'around', 'roughly']);

/** Letters in the longest of those last words ("approximately"). */
const LONGEST_LAST_WORD = 13;

/**
 * When `before` ends in white space: the ASCII letters just before that space, lower-cased ("" for
 * none, as after "c."). Null when it does not, or when those letters are longer than every last
 * word above: then none of those patterns can match.
 */
function wordBeforeFinalSpace(before: string): string | null {
  const n = before.length;
  if (n === 0 || !isSpace(before.charCodeAt(n - 1))) return null;
  let i = n - 1;
  while (i > 0 && isAsciiLetter(before.charCodeAt(i - 1))) i--;
  return n - 1 - i > LONGEST_LAST_WORD ? null : before.slice(i, n - 1).toLowerCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Nothing but spaces or an opening quote before `at`: the number opens the sentence. */
function startsSentence(sentence: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = sentence[i]!;
    if (c !== ' ' && c !== '"' && c !== '“' && c !== '‘' && c !== "'" && c !== '(') return false;
  }
  return true;
}

/** What a mention's sentence says about it: an update of an earlier figure, or another event. */
export function sentenceContext(sentence: string): { update: boolean; otherEvent: boolean } {
  return { update: UPDATE.test(sentence), otherEvent: OTHER_EVENT.test(sentence) };
}

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURAL.has(w)) return w === 'troops' ? 'troop' : w;
  if (IES_END.test(w)) return w.slice(0, -3) + 'y';
  if (SINGULAR_S_END.test(w)) return w;
  if (S_END.test(w)) return w.slice(0, -1);
  return w;
}

function isPluralish(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PLURAL.has(w) || (S_END.test(w) && !SINGULAR_S_END.test(w));
}

interface Head {
  word: string;
  end: number;
}

/**
 * The counted noun: the first plural-looking word among the next three ("3000 troops", "three
 * supermarket chains"). A singular word after a number is rarely what it counts ("32 made").
 */
function findHead(sentence: string, from: number): Head | null {
  const re = HEAD_WORD;
  let pos = from;
  for (let i = 0; i < 3; i++) {
    re.lastIndex = pos;
    const m = re.exec(sentence);
    if (!m) break;
    const word = m[1]!;
    if (STOP.has(word)) break;
    const head = { word, end: m.index + m[0].length };
    if (isPluralish(word)) return head;
    pos = head.end;
  }
  return null;
}

/**
 * Pushes every number mention of one sentence onto `out` (the paragraph's scan collects every
 * sentence's in one array); offsets are relative to the sentence plus `base`, and `tokens` are
 * the sentence's numbers as the caller has already read them.
 */
export function addMentions(out: NumberMention[], sentence: string, base: number, tokens: readonly NumberToken[]): void {
  for (let i = 0; i < tokens.length; i++) out.push(toMention(sentence, tokens[i]!, base));
}

/** Whether `re` (anchored at $) matches the end of `text`, looking at most `window` chars back. */
function tail(re: RegExp, text: string, window: number): RegExpExecArray | null {
  const from = Math.max(0, text.length - window);
  const m = re.exec(from ? text.slice(from) : text);
  if (m) m.index += from;
  return m;
}

function toMention(sentence: string, t: NumberToken, base: number): NumberMention {
  // Every look-behind regex below is anchored at the end of `before`; short windows keep them cheap.
  const before = sentence.slice(Math.max(0, t.start - 80), t.start);
  let phraseStart = t.start;
  let bound: Bound = null;
  const lastWord = wordBeforeFinalSpace(before);
  const mayBeBound = lastWord !== null && (BOUND_LAST_WORDS.has(lastWord) || (lastWord === '' && before.charCodeAt(before.length - 2) === 46 /* . */));
  // Indexed, not `for (const [re, b] of ...)`: that destructuring walks an iterator per number.
  for (let k = 0; mayBeBound && k < BOUND_BEFORE.length; k++) {
    const m = tail(BOUND_BEFORE[k]![0], before, 25);
    if (m) {
      bound = BOUND_BEFORE[k]![1];
      phraseStart = t.start - (before.length - m.index - (m[0].length - m[0].trimStart().length));
      break;
    }
  }
  const definite = lastWord !== null && DEFINITE_LAST_WORDS.has(lastWord) ? tail(DEFINITE_BEFORE, before, 20) : null;
  if (definite && (t.kind === 'count' || t.kind === 'money')) {
    phraseStart = Math.min(phraseStart, t.start - (before.length - definite.index));
  }
  const definiteBound = definite !== null;
  if (t.kind !== 'count' && t.kind !== 'money') {
    return makeMention(t, base, sentence, bound, definiteBound, { start: base + t.start, end: base + t.end, text: t.raw, head: null, key: null, owner: null, part: false });
  }
  let headFrom = t.end;
  let owner: string | null = null;
  if (t.compound) {
    headFrom = t.end + 1 + t.compound.length;
    const ownerMatch = OWNER_AFTER.exec(sentence.slice(headFrom, headFrom + 30));
    if (ownerMatch) owner = ownerMatch[1]!;
    headFrom += ownerMatch ? ownerMatch[0].length : 0;
  }
  const head = t.compound ? null : t.kind === 'count' || t.kind === 'money' ? findHead(sentence, headFrom) : null;
  let phraseEnd = head ? head.end : t.compound ? headFrom : t.end;
  const afterNum = sentence.slice(t.end, t.end + 50);
  const afterHead = head ? sentence.slice(head.end, head.end + 50) : afterNum;
  // The "were killed / injured / arrested / evacuated" tests only run when such a word follows.
  const eventAfter = EVENT_WORD.test(afterNum);
  const headWord = head ? singular(head.word) : null;

  let key: string | null = null;
  if (t.kind === 'count') {
    // Each keyword test is only a cheap prefilter (a /i regex, no lower-cased copy of `before`):
    // the anchored regex after it decides, and it can only match where the keyword is.
    const verb = DEATH_VERB_HINT.test(before) ? tail(DEATH_VERB, before, 50) : null;
    const toll = !verb && DEATH_TOLL_HINT.test(before) ? DEATH_TOLL.exec(before) : null;
    const arrestVerb = ARREST_HINT.test(before) ? tail(ARREST_VERB, before, 40) : null;
    const det = headWord === 'member' || t.compound === 'member' ? tail(MEMBERS_DET, before, 40) : null;
    if (verb) {
      key = 'deaths';
      phraseStart = Math.min(phraseStart, t.start - (before.length - verb.index));
    } else if (toll) {
      key = 'deaths';
      phraseStart = Math.min(phraseStart, t.start - (before.length - toll.index));
    } else if (headWord === 'dead' || headWord === 'death' || headWord === 'fatality' || (eventAfter && DIED_AFTER.test(afterNum))) {
      key = 'deaths';
    } else if (
      headWord === 'injury' || headWord === 'injured' || headWord === 'wounded' || (eventAfter && INJURED_AFTER.test(afterNum)) ||
      (INJURY_HINT.test(before) && tail(INJURY_VERB, before, 40))
    ) {
      key = 'injuries';
    } else if (headWord === 'arrest' || headWord === 'detainee' || (eventAfter && ARRESTED_AFTER.test(afterNum)) || arrestVerb) {
      key = 'arrests';
      if (arrestVerb) phraseStart = Math.min(phraseStart, t.start - (before.length - arrestVerb.index));
    } else if (headWord === 'evacuee' || (eventAfter && EVACUATED_AFTER.test(afterNum)) || (EVACUATE_HINT.test(before) && tail(EVACUATE_VERB, before, 40))) {
      key = 'evacuated';
    } else if (t.compound === 'member' || det) {
      key = 'members';
      if (det) phraseStart = Math.min(phraseStart, t.start - (before.length - det.index));
    } else if (
      (EMPLOY_HINT.test(before) && tail(EMPLOYS, before, 40)) ||
      (headWord && WORKERS.has(headWord) && tail(OWN_DET, before, 40))
    ) {
      key = 'workforce';
    } else if (headWord) {
      key = `head:${headWord}`;
    }
  } else {
    const fine = FINE_HINT.test(before) ? FINE_BEFORE.exec(before) : null;
    const fineAfter = FINE_AFTER.exec(afterNum);
    const thingAfter = MONEY_THING_AFTER.exec(afterNum);
    const thing = thingAfter ?? tail(MONEY_THING_BEFORE, before, 50);
    if (thingAfter) phraseEnd = Math.max(phraseEnd, t.end + thingAfter[0].length);
    if (fine || fineAfter) key = `fine:${t.currency ?? ''}`;
    else if (thing) key = `money:${thing[1]!.toLowerCase()}:${t.currency ?? ''}`;
    // "a second loan of $2 billion", "the original €12 million": another sum, not a restatement.
    if (key && tail(OTHER_SUM, before, 50)) key = null;
    const total = tail(TOTAL_BEFORE, before, 20);
    if (total) phraseStart = Math.min(phraseStart, t.start - (before.length - total.index));
    if (fineAfter && !S_END_ANY_CASE.test(fineAfter[0])) {
      phraseEnd = Math.max(phraseEnd, t.end + fineAfter[0].length);
      const the = tail(THE_BEFORE, before, 6);
      if (the) phraseStart = Math.min(phraseStart, t.start - (before.length - the.index));
    }
  }
  const part =
    PART_BEFORE.test(before.slice(-40)) ||
    PART_AFTER.test(afterNum) ||
    DIFFERENCE_AFTER.test(afterHead);
  return makeMention(t, base, sentence, bound, definiteBound, { start: base + phraseStart, end: base + phraseEnd, text: sentence.slice(phraseStart, phraseEnd), head: headWord, key, owner, part });
}

/** What toMention read about the phrase around a number. */
type Phrase = Pick<NumberMention, 'start' | 'end' | 'text' | 'head' | 'key' | 'owner' | 'part'>;

/**
 * The mention as one object literal, every field in one order (it was a spread of a base object
 * made for every number: two objects and a slow copy per number of the article). `phrase` is
 * a short-lived argument the optimiser can keep off the heap once this is inlined.
 */
function makeMention(t: NumberToken, base: number, sentence: string, bound: Bound, definite: boolean, phrase: Phrase): NumberMention {
  return {
    numStart: base + t.start,
    numEnd: base + t.end,
    raw: t.raw,
    value: t.value,
    form: t.form,
    grouped: t.grouped,
    kind: t.kind,
    currency: t.currency,
    bound,
    definite,
    sentenceStart: base,
    sentenceEnd: base + sentence.length,
    sentenceStartsWith: startsSentence(sentence, t.start),
    start: phrase.start,
    end: phrase.end,
    text: phrase.text,
    head: phrase.head,
    key: phrase.key,
    owner: phrase.owner,
    part: phrase.part,
  };
}

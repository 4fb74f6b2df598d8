/**
 * What kind of web-page furniture one paragraph is, if any. Strong kinds are unmistakable on
 * their own (a phone number line, a copyright line, a donation appeal); a navigation label is
 * strong when it is one of the usual labels; other short unpunctuated lines are only weak
 * evidence, which the checker uses to extend a block, never to start one.
 */

import type { ParagraphContext } from '../checker.ts';

// Module constants, not literals in the functions below: a regex literal in a function body makes
// a new RegExp object each time it is evaluated, and these run for every paragraph or sentence.
const SENTENCE_END = /[.!?…"”»]$/;
const TRAILING_COLON_OR_STOP = /[:.!]+$/;
const THREE_LONG_WORDS = /[a-z]{4,}\s+[a-z]{4,}\s+[a-z]{4,}/;
const CONTACT_LABEL = /^contact(?:s| us| details| information)?\s*:?$/i;
export type FurnitureKind =
  | 'navigation'
  | 'contact'
  | 'address'
  | 'phone'
  | 'email'
  | 'copyright'
  | 'appeal'
  | 'blurb';

export interface ParagraphClass {
  kinds: FurnitureKind[];
  /** A short line with no sentence ending: a label, a heading or a dateline. */
  shortLine: boolean;
  /**
   * Words in the paragraph, counted up to STORY_LENGTH + 1: a longer paragraph is story text
   * whatever its length, and the checkers only compare small counts (the long paragraphs are
   * most of an article's text, so counting them to the end was most of this classification).
   */
  words: number;
  /** Reads like story text: quotes or attribution ("said", "according to"). */
  storyLike: boolean;
}

// Labels that a page wraps around an article: comments, navigation, sharing, related links.
const NAV_LABEL = new RegExp(
  '^(?:comments?(?:\\s*\\(\\d+\\))?|\\d+\\s+comments?|leave a (?:comment|reply)|add (?:a )?comment|recent(?: ones| posts| news| articles)?|latest(?: news| posts)?' +
    '|popular(?: news| posts)?|most (?:read|popular|viewed|relevant)|related(?: articles| news| posts| stories)?|read (?:more|also|next)|see also|more (?:news|stories)' +
    '|(?:back )?to (?:the )?top|share(?: this(?: article| story)?)?|tweet|print|email this|subscribe|sign (?:up|in)|log ?in|register|menu|search|home|tags?' +
    '|advertisement|sponsored(?: content)?|newsletter|cookies?|privacy policy|terms(?: of use| and conditions)?|about us|contact(?: us)?|follow us(?: on .+)?' +
    '|we are on the map|find us on the map|on the map|loading\\.*|next article|previous article|news feed|all news|source|photo|video)$',
  'i',
);
// Page metadata: "Published: 12.11.2024 10:32", "Views: 1,234", "Updated 10:32".
const META_LINE = /^(?:published|updated|posted|views|reads|last modified)\b\.?\s*:?\s*[\d(]/i;
const NAV_PREFIX = /^(?:read (?:also|more|next)|see also|related|also read|tags|source|photo|share on)\s*[:—–-]/i;
const PHONE = /(?:\b(?:phone|tel|telephone|fax|mob|mobile|call us)\b\.?\s*:?\s*)?\+?\d[\d\s().-]{7,}\d/i;
const PHONE_LABEL = /^\s*(?:phone|tel|telephone|fax|mobile)\b\.?\s*:?/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const EMAIL_LABEL = /^\s*(?:e-?mail|email us|write to us)\b\s*:?/i;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\breproduction (?:is )?(?:prohibited|permitted only)/i;
const APPEAL = new RegExp(
  '\\b(?:thank you for (?:being with us|reading|your support)|support (?:us|our (?:work|journalism|newsroom|editorial)|the (?:editorial|newsroom))|donat(?:e|ion)s?\\b' +
    '|become a (?:patron|member|subscriber|supporter)|subscribe to (?:our|the)|monobank|patreon|paypal|buy me a coffee|for the support of|card number)',
  'i',
);
// A postcode beside a street word, or a street abbreviation with a house number.
const ADDRESS = /(?:\b\d{4,6},\s*\p{Lu}|\b(?:str|st|ave|blvd|rd|vul|ul)\.\s*\p{Lu}[\p{L}-]+,?\s*\d|\b\d+\s+\p{Lu}[\p{L}-]+\s+(?:Street|Avenue|Road|Boulevard|Lane)\b)/u;
// How a site describes itself: "The most relevant news and analytical materials, exclusive interviews..."
const BLURB = /\b(?:news and (?:analytic(?:al|s)|analysis|views)|exclusive interviews|independent (?:news|media|journalism) (?:outlet|site|portal)|our (?:editorial office|newsroom|mission))\b/i;
const STORY = /["“”«»]|\b(?:said|says|told|according to|reported|announced|added)\b/i;

/** Past this many words a paragraph is story text: furniture is short. */
const STORY_LENGTH = 60;

/** Words separated by spaces, tabs or no-break spaces, counted up to `atMost` + 1. */
function countWords(t: string, atMost: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 160;
    if (!space && !inWord && ++words > atMost) return words;
    inWord = !space;
  }
  return words;
}

/** classifyParagraph, once per paragraph when a context is given (furniture and sourcing both ask). */
export function paragraphClass(text: string, context?: ParagraphContext): ParagraphClass {
  if (!context) return classifyParagraph(text);
  context.furniture ??= classifyParagraph(text);
  return context.furniture;
}

export function classifyParagraph(text: string): ParagraphClass {
  const t = text.trim();
  const words = countWords(t, STORY_LENGTH);
  // Every kind of furniture is short; a long paragraph is story text (and is never bridged).
  if (words > STORY_LENGTH) return { kinds: [], shortLine: false, words, storyLike: true };
  const kinds: FurnitureKind[] = [];
  const shortLine = words <= 8 && !SENTENCE_END.test(t);
  if (words <= 8 && (NAV_LABEL.test(t.replace(TRAILING_COLON_OR_STOP, '')) || NAV_PREFIX.test(t))) kinds.push('navigation');
  else if (NAV_PREFIX.test(t) && words <= 25) kinds.push('navigation');
  if (words <= 8 && META_LINE.test(t)) kinds.push('navigation');
  if (words <= 12) {
    if (PHONE_LABEL.test(t) || (PHONE.test(t) && !THREE_LONG_WORDS.test(t))) kinds.push('phone');
    if (EMAIL_LABEL.test(t) || EMAIL.test(t)) kinds.push('email');
    if (ADDRESS.test(t)) kinds.push('address');
    if (CONTACT_LABEL.test(t)) kinds.push('contact');
  }
  if (words <= 30 && COPYRIGHT.test(t)) kinds.push('copyright');
  const storyLike = STORY.test(t);
  if (APPEAL.test(t)) kinds.push('appeal');
  if (!storyLike && BLURB.test(t)) kinds.push('blurb');
  return { kinds, shortLine, words, storyLike };
}

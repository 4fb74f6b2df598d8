/**
 * Quote-mark parsing for one paragraph: which characters open and close quotations, how they
 * pair (with nesting), which marks are left alone, and whether a quotation is still open at the
 * paragraph's end (it may continue in the next paragraph, AP style).
 *
 * Apostrophes are not quote marks: it's, Yoon's, miners’ union, rock 'n' roll, '90s. Straight
 * marks get their role from what stands beside them (an opening mark follows a space and
 * precedes a word; a closing mark does the opposite).
 *
 * All offsets are relative to the paragraph.
 */

// Module constants, not literals in the functions below: a regex literal in a function body makes
// a new RegExp object each time it is evaluated, and these run per quote, word or mark.
const DIGIT = /\d/;
const DECADE = /^\d\ds\b|^\d\d\b/;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;
const ONE_OR_TWO_LETTERS = /^\p{L}{1,2}$/u;


/** Marks pair only within a family: “ with ”, " with ", ‘ with ’, « with ». */
export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet';
export type QuoteStyle = 'straight-double' | 'curly-double' | 'straight-single' | 'curly-single' | 'guillemet';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  family: QuoteFamily;
  style: QuoteStyle;
  /** 0 for a top-level quotation, 1 for a quotation inside it, and so on. */
  depth: number;
}

export interface LoneMark {
  at: number;
  mark: string;
  role: 'open' | 'close';
}

export interface ParagraphMarks {
  /** Paired quotations, in order of their opening marks. */
  spans: QuoteSpan[];
  /** Marks that pair with nothing in the paragraph (excluding `openAtEnd`). */
  lone: LoneMark[];
  /** A top-level quotation opened and not closed before the paragraph ends. */
  openAtEnd: { at: number; family: QuoteFamily; style: QuoteStyle } | null;
}

type Role = 'open' | 'close' | 'either';

interface Token {
  at: number;
  mark: string;
  family: QuoteFamily;
  style: QuoteStyle;
  role: Role;
  /** A closing single mark that may just as well be a plural possessive (miners’ union). */
  weak?: boolean;
}

const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\-–—/“‘«‹"'„‚]/u;
const CLOSING_CONTEXT = /[\s)\]}.,;:!?…\-–—/”’»›"']/u;

function isBlank(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

function canOpenAt(prev: string | undefined, next: string | undefined): boolean {
  return (prev === undefined || OPENING_CONTEXT.test(prev)) && !isBlank(next);
}

function canCloseAt(prev: string | undefined, next: string | undefined): boolean {
  return !isBlank(prev) && (next === undefined || CLOSING_CONTEXT.test(next));
}

/** Classify one character; null when it is not a quote mark here. */
function classify(text: string, i: number): Token | null {
  const ch = text[i]!;
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = i + 1 < text.length ? text[i + 1] : undefined;
  switch (ch) {
    case '“':
    case '„':
      return { at: i, mark: ch, family: 'double', style: 'curly-double', role: 'open' };
    case '”':
      return { at: i, mark: ch, family: 'double', style: 'curly-double', role: 'close' };
    case '«':
      return { at: i, mark: ch, family: 'guillemet', style: 'guillemet', role: 'open' };
    case '»':
      return { at: i, mark: ch, family: 'guillemet', style: 'guillemet', role: 'close' };
    case '‹':
      return { at: i, mark: ch, family: 'single-guillemet', style: 'guillemet', role: 'open' };
    case '›':
      return { at: i, mark: ch, family: 'single-guillemet', style: 'guillemet', role: 'close' };
    case '"': {
      const open = canOpenAt(prev, next);
      const close = canCloseAt(prev, next);
      const role: Role = open && !close ? 'open' : close && !open ? 'close' : 'either';
      return { at: i, mark: ch, family: 'double', style: 'straight-double', role };
    }
    case '‘':
    case '‚':
    case "'":
    case '’':
      return classifySingle(text, i, ch, prev, next);
    default:
      return null;
  }
}

function classifySingle(
  text: string,
  i: number,
  ch: string,
  prev: string | undefined,
  next: string | undefined,
): Token | null {
  const style: QuoteStyle = ch === "'" ? 'straight-single' : 'curly-single';
  // Inside a word: it's, didn’t, O'Brien.
  if (prev !== undefined && next !== undefined && LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) {
    return null;
  }
  // An elided century or number: '90s, ’20s.
  if ((prev === undefined || isBlank(prev)) && next !== undefined && DIGIT.test(next)) {
    const rest = text.slice(i + 1, i + 5);
    if (DECADE.test(rest)) return null;
  }
  if (ch === '‘' || ch === '‚') {
    return canOpenAt(prev, next) ? { at: i, mark: ch, family: 'single', style, role: 'open' } : null;
  }
  const open = ch === "'" && canOpenAt(prev, next);
  const close = canCloseAt(prev, next);
  if (!open && !close) return null;
  const role: Role = open && !close ? 'open' : close && !open ? 'close' : 'either';
  // Miners’ union, the rebels’ chief: a closing mark after a plural s, followed by a word.
  const weak = role === 'close' && prev === 's' && next !== undefined && SPACE.test(next) && LOWER_WORD_AFTER.test(text.slice(i + 1));
  return { at: i, mark: ch, family: 'single', style, role, weak };
}

// Every character classify() may take for a quote mark; the regex engine skips the rest.
const MARK_CHARS_RE = /["'“„”«»‹›‘‚’]/g;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  MARK_CHARS_RE.lastIndex = 0;
  // test() rather than exec(): it only moves lastIndex past the one-character match, and makes
  // no match object for each apostrophe.
  while (MARK_CHARS_RE.test(text)) {
    const t = classify(text, MARK_CHARS_RE.lastIndex - 1);
    if (t) tokens.push(t);
  }
  return dropWeakClosers(tokens);
}

/**
 * A weak closing single mark (plural possessive or closing quote?) is a closing quote only when
 * no other closing single mark follows before the next opening one.
 */
function dropWeakClosers(tokens: Token[]): Token[] {
  if (!tokens.some(isWeak)) return tokens; // most paragraphs: nothing to drop, nothing to copy
  const kept: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.weak) {
      let laterCloser = false;
      for (let j = k + 1; j < tokens.length; j++) {
        const u = tokens[j]!;
        if (u.family !== 'single') continue;
        if (u.role === 'open') break;
        laterCloser = true;
        break;
      }
      if (laterCloser) continue;
    }
    kept.push(t);
  }
  return kept;
}

function isWeak(t: Token): boolean {
  return t.weak === true;
}

/** Single marks are often apostrophes; an unpaired one is not reported as an error. */
function reportable(t: Token): boolean {
  return t.family !== 'single' || t.mark === '‘';
}

export function parseMarks(text: string): ParagraphMarks {
  const tokens = tokenize(text);
  const spans: QuoteSpan[] = [];
  const lone: LoneMark[] = [];
  // The marks opened and not yet closed, innermost last.
  const stack: Token[] = [];

  const closeAt = (index: number, closer: Token): void => {
    // Everything opened above the matching mark was never closed.
    while (stack.length > index + 1) {
      const dropped = stack.pop()!;
      if (reportable(dropped)) lone.push({ at: dropped.at, mark: dropped.mark, role: 'open' });
    }
    const opener = stack.pop()!;
    // 'n' in rock 'n' roll: two apostrophes around a letter or two, not a quotation. (Two
    // letters are at most four UTF-16 units: longer quotes are not cut out to be tested.)
    if (opener.family === 'single' && closer.at - opener.at <= 5 && ONE_OR_TWO_LETTERS.test(text.slice(opener.at + 1, closer.at))) return;
    spans.push({ open: opener.at, close: closer.at, family: opener.family, style: opener.style, depth: index });
  };

  for (const t of tokens) {
    const match = findOpen(stack, t.family);
    if (t.role === 'close' || (t.role === 'either' && match >= 0)) {
      if (match >= 0) closeAt(match, t);
      else if (reportable(t)) lone.push({ at: t.at, mark: t.mark, role: 'close' });
      continue;
    }
    // An opening mark while the same family is still open: the earlier one was never closed
    // (quotes of one family do not nest inside each other).
    if (match >= 0) {
      const earlier = stack.splice(match, 1)[0]!;
      if (reportable(earlier)) lone.push({ at: earlier.at, mark: earlier.mark, role: 'open' });
    }
    stack.push(t);
  }

  let openAtEnd: ParagraphMarks['openAtEnd'] = null;
  for (let k = 0; k < stack.length; k++) {
    const t = stack[k]!;
    if (!reportable(t)) continue;
    if (!openAtEnd && k === 0) openAtEnd = { at: t.at, family: t.family, style: t.style };
    else lone.push({ at: t.at, mark: t.mark, role: 'open' });
  }
  spans.sort((a, b) => a.open - b.open);
  lone.sort((a, b) => a.at - b.at);
  return { spans, lone, openAtEnd };
}

function findOpen(stack: readonly Token[], family: QuoteFamily): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

/** The family of the opening mark a paragraph starts with, if it starts with one. */
export function openingFamilyAtStart(text: string): QuoteFamily | null {
  const t = text.length > 0 ? classify(text, 0) : null;
  return t && t.role !== 'close' ? t.family : null;
}

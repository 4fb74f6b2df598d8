/**
 * Where an acronym is spelled out. Three forms introduce it:
 *  - "Transport Safety Board (TSB)", "flight data recorder (FDR)" — expansion, then the
 *    acronym in brackets (the usual form; the expansion may be lower-case);
 *  - "TSB (Transport Safety Board)" — the reverse;
 *  - "The Securities Oversight Authority ... the SOA" — the capitalised full name earlier in the
 *    article with no brackets (AP style).
 * Matching a short form to its long form follows Schwartz & Hearst (2003): the short form's
 * letters are found right to left in the long form, the first one at the start of a word.
 */

export interface Definition {
  acronym: string;
  /** Span of the whole "expansion (ACRONYM)" text, paragraph-relative. */
  start: number;
  end: number;
  expansion: string;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'der', 'für', '&', 'at', 'a']);

/** The shortest tail of `words` that spells `acronym` (Schwartz & Hearst), or null. */
export function matchLongForm(acronym: string, candidate: string): string | null {
  const sf = acronym.toLowerCase();
  const lf = candidate.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  const isAlnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  while (s >= 0) {
    const c = sf[s]!;
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (lf[l] !== c || (s === 0 && isAlnum(lf[l - 1])))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  const long = candidate.slice(start).trim();
  // Every content word of the expansion should start one of the short form's letters; a long
  // form with many more words than letters is a chance match ("said it would spend...").
  const words = long.split(/[\s-]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  if (words.length === 0 || words.length > acronym.length + 1) return null;
  return long;
}

const NAME_AT_END = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|for|on|in|de|du|des|la|le|der|&)\s+)*\p{Lu}[\p{L}'’-]*)+$/u;
const KNOWN_AS = /\b(?:known as|called|abbreviated(?: as| to)?|dubbed)\s(?:the\s)?([A-Z][A-Z&]*[A-Z])\b/g;
const BRACKETED = /\(([A-Z][A-Z&.]*[A-Z]\.?)s?\)/g;
const REVERSE = /\b([A-Z][A-Z&]*[A-Z])s?\s\(([^()]{3,80})\)/g;

/** Bracketed definitions in one paragraph. */
export function findDefinitions(paragraph: string): Definition[] {
  const out: Definition[] = [];
  // Each pattern needs a literal the paragraph must contain; most paragraphs have none of them.
  const bracket = paragraph.includes('(');
  if (bracket) for (const m of paragraph.matchAll(BRACKETED)) {
    const acronym = m[1]!.replace(/\./g, '');
    const from = Math.max(0, m.index - 200);
    const before = paragraph.slice(from, m.index);
    // The candidate long form: the words before the bracket within the clause.
    const clause = before.split(/[.;:!?,"“”(]/).pop() ?? '';
    const words = clause.trim().split(/\s+/);
    const candidate = words.slice(-Math.min(words.length, acronym.length * 2 + 2)).join(' ');
    // A translated or foreign-language name rarely spells its acronym ("Security Service of
    // Ukraine (SBU)", "Doctors Without Borders (MSF)"); a capitalised name right before the
    // bracket still introduces it.
    const expansion = matchLongForm(acronym, candidate) ?? NAME_AT_END.exec(clause.trimEnd())?.[0].replace(/^(?:The|A|An)\s+/, '') ?? null;
    if (!expansion) continue;
    const at = before.lastIndexOf(expansion);
    out.push({ acronym, start: at >= 0 ? from + at : m.index, end: m.index + m[0].length, expansion });
  }
  // "..., known as OPEC+": the name comes first, the acronym is introduced by the phrase.
  const knownAs = paragraph.includes('known as') || paragraph.includes('called') || paragraph.includes('abbreviated') || paragraph.includes('dubbed');
  if (knownAs) for (const m of paragraph.matchAll(KNOWN_AS)) {
    const acronym = m[1]!;
    const at = m.index + m[0].length - acronym.length;
    out.push({ acronym, start: m.index, end: at + acronym.length, expansion: `known as ${acronym}` });
  }
  if (bracket) for (const m of paragraph.matchAll(REVERSE)) {
    const acronym = m[1]!;
    const inside = m[2]!.trim();
    const expansion = matchLongForm(acronym, inside);
    if (!expansion || expansion !== inside) continue;
    out.push({ acronym, start: m.index, end: m.index + m[0].length, expansion });
  }
  return out;
}

/**
 * A run of capitalised words ("The Securities Oversight Authority", "Bank of England"), with
 * the initials of its capitalised words; connectors (of, the, and...) may sit inside a run
 * but give no initial. A plain, AP-style expansion of an acronym is a stretch of consecutive
 * capitalised words of such a run whose initials spell it.
 */
export interface NameRun {
  initials: string;
  /** Paragraph-relative start and end of each capitalised word, parallel to `initials`. */
  starts: number[];
  ends: number[];
}

const RUN_WORD = /[A-Z][a-z\u00df-\u00ff'’]+|\b(?:of|the|and|for|on|in|to|de|du|des|la|le|der|at|&)\b/g;

export function findNameRuns(paragraph: string): NameRun[] {
  const runs: NameRun[] = [];
  let run: NameRun = { initials: '', starts: [], ends: [] };
  let lastEnd = -1;
  const flush = () => {
    if (run.initials.length >= 2) {
      runs.push(run);
      run = { initials: '', starts: [], ends: [] };
    } else if (run.initials.length > 0) {
      // Not kept: empty it in place rather than allocating a new run for every lone word.
      run.initials = '';
      run.starts.length = 0;
      run.ends.length = 0;
    }
  };
  RUN_WORD.lastIndex = 0;
  for (let m = RUN_WORD.exec(paragraph); m; m = RUN_WORD.exec(paragraph)) {
    const joined = lastEnd >= 0 && onlySpacesOrHyphens(paragraph, lastEnd, m.index);
    if (!joined) flush();
    lastEnd = m.index + m[0].length;
    const ch = m[0].charCodeAt(0);
    if (ch >= 65 && ch <= 90) {
      run.initials += m[0][0];
      run.starts.push(m.index);
      run.ends.push(lastEnd);
    } else if (run.initials.length === 0) {
      lastEnd = -1; // a run never starts with a connector
    }
  }
  flush();
  return runs;
}

/** Whether text[from, to) is non-empty and all spaces, tabs and hyphens (`/^[ \t-]+$/`). */
function onlySpacesOrHyphens(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 45) return false;
  }
  return true;
}

/** Where in `run` the capitalised words spell `acronym`, as a span, or null. */
export function spellsIn(run: NameRun, acronym: string): { start: number; end: number } | null {
  const at = run.initials.indexOf(acronym);
  if (at < 0) return null;
  return { start: run.starts[at]!, end: run.ends[at + acronym.length - 1]! };
}

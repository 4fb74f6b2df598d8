/**
 * style-book — the newsroom's preferred spellings. A listed variant in the text is a finding
 * (warning) with the preferred form as its one-click fix. The file format is documented in
 * STYLE-BOOK.md beside this file; `parseStyleBook` reads it and says clearly what is wrong
 * with a bad file.
 *
 * Matching: whole words only ("Kiev" not inside "Kievan"), case-sensitive for any variant with
 * a capital letter (names), case-insensitive for all-lower-case variants ("per cent" also
 * matches "Per cent", and the fix keeps the capital). A possessive or hyphenated suffix stays
 * outside the span, so "Kiev's" becomes "Kyiv's". Text already in the preferred form is never
 * flagged, even where a shorter variant sits inside it.
 *
 * The style book arrives in `options`, which `scan` never sees, so the per-paragraph work is
 * done in `decide` and memoised by (style book content, paragraph text): an edit re-matches only
 * the paragraphs it changed.
 */
import type { Checker } from './checker.ts';
import { findingId } from './ids.ts';
import type { Finding, StyleBook } from './types.ts';

/** Read a style book file's parsed JSON; throws an Error that says what to fix. */
export function parseStyleBook(json: unknown): StyleBook {
  const example = 'expected {"entries": {"Kyiv": ["Kiev"]}} or {"Kyiv": ["Kiev"]}';
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error(`Style book: ${example}, but the file holds ${describe(json)}.`);
  }
  const top = json as Record<string, unknown>;
  let map: Record<string, unknown> = top;
  if ('entries' in top) {
    const extra = Object.keys(top).filter((k) => !['entries', 'name', 'description'].includes(k));
    if (extra.length) throw new Error(`Style book: unknown top-level field "${extra[0]}" (allowed: entries, name, description).`);
    for (const k of ['name', 'description']) {
      if (k in top && typeof top[k] !== 'string') throw new Error(`Style book: "${k}" must be text, not ${describe(top[k])}.`);
    }
    if (top.entries === null || typeof top.entries !== 'object' || Array.isArray(top.entries)) {
      throw new Error(`Style book: "entries" must be an object mapping each preferred form to its variants (${example}), not ${describe(top.entries)}.`);
    }
    map = top.entries as Record<string, unknown>;
  }
  const entries: Record<string, string[]> = {};
  const owner = new Map<string, string>();
  for (const [preferred, raw] of Object.entries(map)) {
    if (preferred.trim() === '') throw new Error('Style book: an entry has an empty preferred form.');
    const list = typeof raw === 'string' ? [raw] : raw;
    if (!Array.isArray(list)) {
      throw new Error(`Style book entry "${preferred}": variants must be a list of strings, not ${describe(raw)}.`);
    }
    const variants: string[] = [];
    list.forEach((v: unknown, i) => {
      if (typeof v !== 'string' || v.trim() === '') {
        throw new Error(`Style book entry "${preferred}": variant ${i + 1} must be non-empty text, not ${describe(v)}.`);
      }
      const variant = v.trim();
      if (variant === preferred.trim()) throw new Error(`Style book entry "${preferred}" lists itself as a variant.`);
      const other = owner.get(variant);
      if (other && other !== preferred) {
        throw new Error(`Style book: "${variant}" is listed as a variant of both "${other}" and "${preferred}".`);
      }
      owner.set(variant, preferred);
      variants.push(variant);
    });
    entries[preferred.trim()] = variants;
  }
  return { entries };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text "${v.length > 30 ? `${v.slice(0, 30)}…` : v}"`;
  return `a ${typeof v}`;
}

interface CompiledBook {
  /** Case-sensitive and case-insensitive matchers; preferred forms are in them so they win. */
  matchers: RegExp[];
  /** Exact variant (or lower-cased, for case-insensitive ones) → preferred form. */
  preferredOf: Map<string, string>;
  preferredForms: Set<string>;
  /** paragraph text → matches, paragraph-relative. */
  memo: Map<string, Match[]>;
}

interface Match {
  start: number;
  end: number;
  variant: string;
  preferred: string;
}

const MEMO_LIMIT = 20_000;
// Keyed by content, not identity: a style book that crossed a worker or IPC boundary arrives as
// a new object each time but should keep its compiled matchers and per-paragraph memo.
const compiledBooks = new Map<string, CompiledBook>();
const BOOKS_KEPT = 4;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function compile(book: StyleBook): CompiledBook {
  const key = JSON.stringify(book.entries);
  const cached = compiledBooks.get(key);
  if (cached) return cached;
  const preferredOf = new Map<string, string>();
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  const preferredForms = new Set(Object.keys(book.entries));
  for (const [preferred, variants] of Object.entries(book.entries)) {
    for (const v of variants) {
      if (/\p{Lu}/u.test(v)) {
        preferredOf.set(v, preferred);
        sensitive.push(v);
      } else {
        preferredOf.set(v.toLowerCase(), preferred);
        insensitive.push(v);
      }
    }
  }
  const build = (forms: string[], flags: string): RegExp | null => {
    if (forms.length === 0) return null;
    // Longest first, preferred forms included, so "Yoon Suk Yeol" is consumed whole before a
    // variant "Yoon" could match inside it.
    const all = [...new Set([...forms, ...preferredForms])].sort((a, b) => b.length - a.length);
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${all.map(escape).join('|')})(?![\\p{L}\\p{N}])`, `g${flags}`);
  };
  const matchers = [build(sensitive, 'u'), build(insensitive, 'iu')].filter((r): r is RegExp => r !== null);
  const compiled = { matchers, preferredOf, preferredForms, memo: new Map<string, Match[]>() };
  if (compiledBooks.size >= BOOKS_KEPT) compiledBooks.delete(compiledBooks.keys().next().value!);
  compiledBooks.set(key, compiled);
  return compiled;
}

function matchParagraph(book: CompiledBook, text: string): Match[] {
  const hit = book.memo.get(text);
  if (hit) return hit;
  const out: Match[] = [];
  for (const re of book.matchers) {
    const caseless = re.flags.includes('i');
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Line-wrapped or double-spaced names match too; look them up with single spaces.
      const found = m[0].replace(/\s+/g, ' ');
      if (book.preferredForms.has(found)) continue;
      const preferred = book.preferredOf.get(caseless ? found.toLowerCase() : found);
      if (!preferred || found === preferred) continue;
      const suggestion = caseless && /^\p{Lu}/u.test(found) ? preferred[0]!.toUpperCase() + preferred.slice(1) : preferred;
      if (suggestion === found) continue;
      out.push({ start: m.index, end: m.index + m[0].length, variant: found, preferred: suggestion });
    }
  }
  out.sort((a, b) => a.start - b.start);
  if (book.memo.size >= MEMO_LIMIT) book.memo.clear();
  book.memo.set(text, out);
  return out;
}

export const styleBookChecker: Checker<null> = {
  check: 'style-book',
  scan: () => null,
  decide({ doc, options }) {
    const book = options.styleBook;
    if (!book || Object.keys(book.entries).length === 0) return { findings: [] };
    const compiled = compile(book);
    const findings: Finding[] = [];
    const seen = new Map<string, number>();
    for (const p of doc.paragraphs) {
      for (const m of matchParagraph(compiled, p.text)) {
        const nth = (seen.get(m.variant) ?? 0) + 1;
        seen.set(m.variant, nth);
        findings.push({
          id: findingId('style-book', m.variant, m.preferred, String(nth)),
          check: 'style-book',
          severity: 'warning',
          message: `House style is "${m.preferred}", not "${m.variant}".`,
          start: p.start + m.start,
          end: p.start + m.end,
          text: m.variant,
          suggestion: m.preferred,
        });
      }
    }
    return { findings };
  },
};

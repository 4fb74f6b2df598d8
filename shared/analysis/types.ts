/**
 * The analysis engine's public types. Everything here is plain data so that a result can cross
 * a Web Worker boundary, an IPC channel or the CLI's `--json` output unchanged.
 *
 * Offsets are UTF-16 code units into the plain text that was analysed (JavaScript string
 * indices), `end` exclusive.
 */

export type Severity = 'error' | 'warning' | 'info';

export type CheckName =
  | 'names'
  | 'style-book'
  | 'quotes'
  | 'numbers'
  | 'acronyms'
  | 'furniture'
  | 'sourcing';

export const CHECK_NAMES: readonly CheckName[] = [
  'names',
  'style-book',
  'quotes',
  'numbers',
  'acronyms',
  'furniture',
  'sourcing',
];

/** A half-open range [start, end) in the analysed text. */
export type Range = [start: number, end: number];

/** One spelling of an entity, with every place it occurs. */
export interface Variant {
  text: string;
  count: number;
  ranges: Range[];
}

/** Another span that belongs to a finding (the other half of a number conflict, say). */
export interface RelatedSpan {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  /**
   * Stable id: derived from the check and the content it is about (never from offsets), so an
   * editor's dismissal survives edits elsewhere in the article.
   */
  id: string;
  check: CheckName;
  severity: Severity;
  /** A sentence a journalist understands. */
  message: string;
  /** The primary span. */
  start: number;
  end: number;
  text: string;
  /** Replacement offered as a one-click fix ('' means "remove"). */
  suggestion?: string;
  /** For name findings: every spelling the engine attributes to the entity. */
  variants?: Variant[];
  related?: RelatedSpan[];
}

export type QuoteKind = 'full' | 'partial' | 'scare';

export interface Quote {
  /** Stable id derived from the quoted words, so verification states stay attached. */
  id: string;
  /** The exact text between the marks. */
  text: string;
  /** Span of the quoted text (without the marks). */
  start: number;
  end: number;
  kind: QuoteKind;
  /** The speaker in the fullest form the text gives; null when the text never says. */
  speaker: string | null;
  /** Where the attribution was found ("Yun said"), when there is one. */
  attribution?: RelatedSpan;
}

export type EntityKind = 'person' | 'place' | 'organisation' | 'unknown';

export interface Entity {
  /** The entity's canonical (suggested) form. */
  name: string;
  kind: EntityKind;
  mentions: Range[];
  /** Every surface form (titles and possessives stripped) with counts. */
  variants?: Variant[];
}

/** A paragraph of the analysed text. Paragraphs are separated by one or more line breaks. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * A newsroom's house style book: preferred forms and the variants they replace.
 * File format (JSON): `{ "entries": { "Yoon Suk Yeol": ["Yun Seok-yeol", "Yoon Seok-yeol"] } }`
 * or the bare map `{ "Kyiv": ["Kiev"] }`. Documented in shared/analysis/STYLE-BOOK.md.
 */
export interface StyleBook {
  entries: Record<string, string[]>;
}

export interface AnalyzeOptions {
  styleBook?: StyleBook;
  /** Finding ids the editor dismissed ("this is fine"); they are left out of the result. */
  dismissed?: readonly string[];
  /** Acronyms familiar enough not to need spelling out (defaults to a built-in list). */
  commonAcronyms?: readonly string[];
  /** Run only these checks (default: all). */
  checks?: readonly CheckName[];
}

export interface AnalysisResult {
  findings: Finding[];
  quotes: Quote[];
  entities: Entity[];
}

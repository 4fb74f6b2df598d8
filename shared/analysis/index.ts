/**
 * The analysis engine's public surface. Other layers (renderer worker, main process, CLI,
 * tools) import from here rather than from individual checker files.
 */
export { analyze, createAnalyzer } from './engine.ts';
export type { Analyzer, UpdateStats } from './engine.ts';
export { CHECKERS } from './checkers.ts';
export { makeDoc, splitParagraphs, splitSentences } from './doc.ts';
export type { Doc, SentenceSpan } from './doc.ts';
export { findingId } from './ids.ts';
export { parseStyleBook } from './styleBook.ts';
export { CHECK_NAMES } from './types.ts';
export type {
  AnalysisResult,
  AnalyzeOptions,
  CheckName,
  Entity,
  EntityKind,
  Finding,
  Paragraph,
  Quote,
  QuoteKind,
  Range,
  RelatedSpan,
  Severity,
  StyleBook,
  Variant,
} from './types.ts';

/** Helpers the labelled-set scorers share: locating a labelled phrase and span overlap. */
import type { Finding } from '../types.ts';

export interface Span {
  start: number;
  end: number;
}

/** Where a verbatim labelled phrase sits in the text (first occurrence), or null. */
export function locate(text: string, phrase: string): Span | null {
  const at = text.indexOf(phrase);
  return at < 0 ? null : { start: at, end: at + phrase.length };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The primary span and every related span of a finding. */
export function spansOf(f: Finding): Span[] {
  return [{ start: f.start, end: f.end }, ...(f.related ?? [])];
}

export function ratio(num: number, den: number): number {
  return den === 0 ? 1 : num / den;
}

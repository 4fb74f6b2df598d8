/**
 * The House style section's editable rows and their checks. Variants are typed as one line,
 * separated by commas; the rows are checked with the contract's own schema, so what the section
 * accepts is exactly what the host will accept and the engine can read.
 */
import type { StyleBookEntry } from '../../shared/contract/styleBook.ts';
import { StyleBookEntries } from '../../shared/contract/styleBook.ts';

export interface DraftRow {
  /** Stable React key; rows are added and removed in the middle. */
  key: number;
  preferred: string;
  variants: string;
  /**
   * The variants as loaded, with the text they were shown as: while that text is untouched they
   * are saved as they were, so a variant with a comma in it ("Washington, D.C.") is not split.
   */
  loaded?: { text: string; variants: string[] };
}

let nextKey = 1;

export function rowOf(preferred: string, variants: string): DraftRow {
  return { key: nextKey++, preferred, variants };
}

export function rowsOf(entries: readonly StyleBookEntry[]): DraftRow[] {
  return entries.map((e) => {
    const text = e.variants.join(', ');
    return { ...rowOf(e.preferred, text), loaded: { text, variants: [...e.variants] } };
  });
}

/** The row's variants: as loaded while their text is untouched, else the text split at commas. */
export function variantsOf(row: DraftRow): string[] {
  return row.loaded && row.variants === row.loaded.text ? row.loaded.variants : splitVariants(row.variants);
}

export function splitVariants(text: string): string[] {
  return text.split(',').map((v) => v.trim()).filter((v) => v !== '');
}

/** Whether the rows hold exactly these entries, however they are spaced (no unsaved changes). */
export function sameEntries(rows: readonly DraftRow[], entries: readonly StyleBookEntry[]): boolean {
  const typed = rows.filter((r) => r.preferred.trim() || r.variants.trim());
  return typed.length === entries.length && typed.every((r, i) => {
    const e = entries[i]!;
    const variants = variantsOf(r);
    return r.preferred.trim() === e.preferred && variants.length === e.variants.length && variants.every((v, j) => v === e.variants[j]);
  });
}

/**
 * The entries the rows stand for (rows left completely empty are dropped), or the first problem
 * in words a journalist understands: which entry, and what to change.
 */
export function entriesOf(rows: readonly DraftRow[]): { ok: true; entries: StyleBookEntry[] } | { ok: false; message: string } {
  const typed = rows.filter((r) => r.preferred.trim() || r.variants.trim());
  const entries = typed.map((r) => ({ preferred: r.preferred.trim(), variants: variantsOf(r) }));
  const parsed = StyleBookEntries.safeParse(entries);
  if (parsed.success) return { ok: true, entries: parsed.data };
  const issue = parsed.error.issues[0]!;
  const index = typeof issue.path[0] === 'number' ? issue.path[0] : null;
  if (index === null) return { ok: false, message: issue.message };
  const name = entries[index]!.preferred;
  return { ok: false, message: `Entry ${index + 1}${name ? ` (${name})` : ''}: ${issue.message}` };
}

/**
 * The names an article uses, as the analysis engine finds them: for each entity, its full
 * spellings (short forms such as a lone surname left out — "Yun" says nothing about how the
 * library spells "Yun Seok-yeol") with how often each occurs.
 */
import type { ArticleFields } from '../../shared/article/schema.ts';
import { plainTextOf } from '../../shared/article/plainText.ts';
import { analyze } from '../../shared/analysis/engine.ts';
import { isShortFormOf } from '../../shared/analysis/names/forms.ts';
import type { Entity } from '../../shared/analysis/types.ts';
import { spellingTokens } from './spelling.ts';

export interface ArticleName {
  kind: Entity['kind'];
  /** Spellings of one entity in this article, most used first. */
  spellings: { text: string; count: number }[];
}

/** The text the engine reads: headline, standfirst and body, as the fact-check panel sees them. */
export function articleText(a: Pick<ArticleFields, 'title' | 'standfirst' | 'body'>): string {
  return [a.title, a.standfirst, plainTextOf(a.body)].filter((s) => s.trim() !== '').join('\n\n');
}

/**
 * Whether `short`'s words all appear, in order, in `long` (a short form, not a variant). The
 * engine's own test, on the words as the library compares them: the engine splits on spaces
 * only and keeps diacritics and apostrophes, so by itself it takes "Tayyip Erdogan" for another
 * spelling of "Recep Tayyip Erdoğan" (not a short form) and the library report would list it as
 * one; spellingTokens folds to ASCII, drops apostrophes and splits hyphens first.
 */
export function isShortForm(short: string, long: string): boolean {
  return isShortFormOf(spellingTokens(short).join(' '), spellingTokens(long).join(' '));
}

export function namesOfEntities(entities: readonly Entity[]): ArticleName[] {
  const out: ArticleName[] = [];
  for (const e of entities) {
    const variants = e.variants && e.variants.length > 0 ? e.variants : [{ text: e.name, count: e.mentions.length }];
    const full = variants.filter((v) => !variants.some((w) => w !== v && isShortForm(v.text, w.text)));
    // One-word names are compared across the library only for places ("Kharkiv" / "Kharkov");
    // a lone word for a person is usually a surname whose full form is elsewhere.
    const usable = full.filter((v) => spellingTokens(v.text).length > 1 || e.kind === 'place');
    if (usable.length === 0) continue;
    out.push({
      kind: e.kind,
      spellings: usable.map((v) => ({ text: v.text, count: v.count })).sort((a, b) => b.count - a.count),
    });
  }
  return out;
}

/**
 * The names one article uses. Runs in background indexing, so an engine failure on one article
 * must not take the host down: that article contributes no names, and the failure is logged.
 */
export function namesOfText(text: string): ArticleName[] {
  try {
    return namesOfEntities(analyze(text, { checks: ['names'] }).entities);
  } catch (err) {
    console.error('copydesk: the name check failed on an article; it is left out of the name index:', err);
    return [];
  }
}

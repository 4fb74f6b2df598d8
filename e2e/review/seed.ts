/**
 * Seed articles for the review specs: the scraped Korean-delegation story (and any other copy)
 * written as Copydesk article files into the fresh library before the web host starts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import { ARTICLE_FORMAT, ARTICLE_VERSION, type Article } from '../../shared/article/schema.ts';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'shared', 'analysis', 'fixtures');

export const SEED_TEXT = readFileSync(resolve(FIXTURES, 'korea-delegation-kyiv.txt'), 'utf8');

/** Paragraphs as the .txt has them: one per line, blank lines between. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

export function articleFile(id: string, title: string, paragraphs: readonly string[], extra: Partial<Article> = {}): Record<string, string> {
  const at = '2026-11-20T09:00:00.000Z';
  const article: Article = {
    format: ARTICLE_FORMAT,
    version: ARTICLE_VERSION,
    id,
    createdAt: at,
    updatedAt: at,
    revision: 1,
    title,
    standfirst: '',
    byline: '',
    dateline: '',
    status: 'draft',
    tags: [],
    body: bodyFromParagraphs(paragraphs),
    flags: [],
    quotes: [],
    dismissed: [],
    ...extra,
  };
  return { [`${id}.json`]: JSON.stringify(article, null, 2) };
}

/** The seed story plus one older article with a tag of its own (for tag autocomplete and filtering). */
export function seedLibrary(): Record<string, string> {
  return {
    ...articleFile('korea-delegation', 'South Korean delegation to visit Ukraine', paragraphsOf(SEED_TEXT)),
    ...articleFile('budget-vote', 'Council passes budget', ['The city council passed the budget on Monday.'], {
      updatedAt: '2026-11-19T09:00:00.000Z',
      tags: ['City hall'],
    }),
  };
}

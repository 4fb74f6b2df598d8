/**
 * Real-looking input files for the CLI tests, written into a fresh temporary folder: the seed
 * article as .txt, and the same kind of copy as Markdown, HTML, a Word document (made with the
 * `docx` package, as Word would save it) and a Copydesk article.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import { ARTICLE_FORMAT, ARTICLE_VERSION } from '../../shared/article/schema.ts';
import type { Article } from '../../shared/article/schema.ts';

export const SEED_PATH = new URL('../../shared/analysis/fixtures/korea-delegation-kyiv.txt', import.meta.url);
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

/** The seed article's paragraphs (blank lines dropped). */
export const seedParagraphs = (): string[] => seedText().split(/\n+/).filter((p) => p.trim() !== '');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
}

export async function writeDocx(path: string, paragraphs: readonly string[]): Promise<void> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

export function articleJson(title: string, paragraphs: readonly string[], dismissed: readonly string[] = []): Article {
  const at = '2026-11-20T09:30:00.000Z';
  return {
    format: ARTICLE_FORMAT,
    version: ARTICLE_VERSION,
    id: 'korea-delegation-kyiv',
    createdAt: at,
    updatedAt: at,
    revision: 3,
    title,
    standfirst: '',
    byline: 'Staff reporter',
    dateline: 'Kyiv',
    status: 'in-review',
    tags: ['Korea', 'Ukraine'],
    body: bodyFromParagraphs(paragraphs),
    flags: [],
    quotes: [],
    dismissed: dismissed.map((findingId) => ({ findingId, reason: 'ignore' as const, at })),
  };
}

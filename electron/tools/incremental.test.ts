/**
 * The incremental analyser against full analysis on a long article (the benchmark's 20,000-word
 * text): after each of a run of edits — words changed, paragraphs inserted, deleted, split and
 * merged — the incremental result must be exactly the full one. A checker that mutated cached
 * per-paragraph facts, or kept state between calls, would show up here.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../shared/analysis/index.ts';
import { makeArticle } from './make-article.ts';

describe('incremental analysis of a long article', { timeout: 300_000 }, () => {
  it('always equals a full analysis, while re-scanning only what changed', () => {
    let paragraphs = makeArticle(20_000).split('\n\n');
    const analyzer = createAnalyzer();
    analyzer.update(paragraphs.join('\n\n'));
    const edits: ((p: string[]) => string[])[] = [
      (p) => p.map((x, i) => (i === 40 ? x.replace('said', 'stated') : x)),
      (p) => [...p.slice(0, 10), 'Officials in Kyiv said about 3,000 troops had arrived, the NIS said on Monday.', ...p.slice(10)],
      (p) => p.filter((_, i) => i !== 100),
      (p) => p.map((x, i) => (i === 200 ? x.replace('. ', '.\n\n') : x)), // a paragraph split in two
      (p) => [...p.slice(0, 5), `${p[5]} ${p[6]}`, ...p.slice(7)], // two paragraphs merged
      (p) => p.map((x, i) => (i === 300 ? x.replace(/Yoon Suk Yeol|Zelenskyy|Erdoğan|Baerbock/, 'Jung') : x)),
    ];
    for (const edit of edits) {
      const before = paragraphs.length;
      paragraphs = edit(paragraphs).join('\n\n').split('\n\n');
      const text = paragraphs.join('\n\n');
      expect(analyzer.update(text)).toEqual(analyze(text));
      expect(analyzer.lastStats.scanned).toBeLessThanOrEqual(2);
      expect(Math.abs(analyzer.lastStats.paragraphs - before)).toBeLessThanOrEqual(1);
    }
  });
});

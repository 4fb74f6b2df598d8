/**
 * The engine end to end on the seed article (a real scraped, machine-translated story), and the
 * incremental analyser against the one-off analysis it must always agree with.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKERS } from './checkers.ts';
import { analyze, createAnalyzer } from './engine.ts';
import { runChecker } from './testing.ts';
import type { AnalysisResult } from './types.ts';

const SEED = readFileSync(new URL('./fixtures/korea-delegation-kyiv.txt', import.meta.url), 'utf8');

/** Replace the first occurrence of `from` (which must exist) in `text`. */
function edit(text: string, from: string, to: string): string {
  expect(text, `edit target "${from}"`).toContain(from);
  return text.replace(from, to);
}

describe('the incremental analyser', () => {
  afterEach(() => vi.restoreAllMocks());

  it('re-scans only the edited paragraph after a one-word edit', () => {
    const analyzer = createAnalyzer();
    analyzer.update(SEED);
    const paragraphs = analyzer.lastStats.paragraphs;
    expect(analyzer.lastStats).toMatchObject({ scanned: analyzer.lastStats.cached, reused: 0 });
    const scans = CHECKERS.map((c) => vi.spyOn(c, 'scan'));
    analyzer.update(edit(SEED, 'expects about 10 troops', 'expects about 10,000 troops'));
    expect(analyzer.lastStats).toMatchObject({ paragraphs, scanned: 1 });
    for (const spy of scans) {
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0]![0]).toContain('about 10,000 troops');
    }
  });

  it('gives exactly what a full analysis gives, after every edit of a series', () => {
    const analyzer = createAnalyzer();
    const versions: string[] = [SEED];
    let text = SEED;
    const step = (next: string) => {
      text = next;
      versions.push(text);
    };
    step(edit(text, 'about 10 troops', 'about 3000 troops')); // fixes the conflict
    step(edit(text, 'Yun noted.', 'Yoon noted.')); // a spelling change
    step(edit(text, 'Comments\n\n', '')); // a paragraph deleted
    step(edit(text, 'Recent ones', 'Recent ones\n\nThe delegation is expected to report back within 10 days.')); // one inserted
    const [first, ...rest] = text.split('\n\n');
    step([...rest, first].join('\n\n')); // the headline moved to the end
    step(`${text}\n\n${text}`); // the whole story pasted twice
    step(''); // everything deleted
    step(SEED); // and the original pasted back
    for (const version of versions) {
      const incremental = analyzer.update(version);
      expect(incremental).toEqual(analyze(version));
      const distinct = new Set(version.split(/[\r\n]+/).filter((p) => p.trim() !== '')).size;
      expect(analyzer.lastStats.cached, 'cache holds only the paragraphs in use').toBe(distinct);
    }
  });

  it('answers from its last result when nothing changed, and re-filters when options change', () => {
    const analyzer = createAnalyzer();
    const first = analyzer.update(SEED);
    expect(analyzer.update(SEED)).toBe(first);
    const dismissedAll = analyzer.update(SEED, { dismissed: first.findings.map((f) => f.id) });
    expect(dismissedAll.findings).toEqual([]);
    expect(analyzer.lastStats.scanned).toBe(0);
  });
});

describe('analyze', () => {
  it('sorts findings and quotes by position, with offsets that point at their text', () => {
    const result = analyze(SEED);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const list of [result.findings, result.quotes]) {
      for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.start);
    }
    for (const f of result.findings) expect(SEED.slice(f.start, f.end)).toBe(f.text);
    for (const q of result.quotes) expect(SEED.slice(q.start, q.end)).toBe(q.text);
  });

  it('leaves out dismissed findings and only those', () => {
    const all = analyze(SEED).findings;
    const [dismissed, ...kept] = all;
    expect(analyze(SEED, { dismissed: [dismissed!.id] }).findings).toEqual(kept);
  });

  it('runs only the checks asked for', () => {
    const only = analyze(SEED, { checks: ['numbers'] });
    expect(only.findings.length).toBeGreaterThan(0);
    expect(new Set(only.findings.map((f) => f.check))).toEqual(new Set(['numbers']));
    expect(analyze(SEED, { checks: [] }).findings).toEqual([]);
  });

  it("reports the president's spellings (Yun Seok-yeol, Yoon Seok-yeol, Yun) as one names finding", () => {
    const names = analyze(SEED).findings.filter((f) => f.check === 'names');
    const president = names.filter((f) => f.variants?.some((v) => v.text === 'Yoon Seok-yeol'));
    expect(president).toHaveLength(1);
    const variants = president[0]!.variants!;
    expect(variants.map((v) => v.text)).toEqual(expect.arrayContaining(['Yun Seok-yeol', 'Yoon Seok-yeol', 'Yun']));
    // Every variant's ranges point at that spelling, and its count is the number of ranges.
    for (const v of variants) {
      expect(v.count).toBe(v.ranges.length);
      for (const [start, end] of v.ranges) expect(SEED.slice(start, end)).toBe(v.text);
    }
    // "Yun" is used five times in the copy (one inside "Yun Seok-yeol"): the short form is counted.
    expect(variants.find((v) => v.text === 'Yun')!.count).toBeGreaterThanOrEqual(4);
    expect(president[0]!.suggestion).toMatch(/^(Yun|Yoon) Seok-yeol$/);
  });

  it('lists every quote with its speaker, dash-attributed and partial quotes included', () => {
    const quotes = analyze(SEED).quotes.map((q) => [q.text.slice(0, 40), q.speaker]);
    expect(quotes).toEqual([
      ["I hope that, under Secretary General Rut", 'Yun Seok-yeol'], // "..." - he said.
      ['top priority', 'Mark Rutte'],
      ['This is a serious situation, when the ac', 'Yun Seok-yeol'], // "..." — Yun noted.
      ['within days.', 'Volodymyr Zelenskyy'],
      ['This illegal military cooperation betwee', 'Yun Seok-yeol'],
      ['practical countermeasures', 'Yun Seok-yeol'],
      ['We will take step-by-step measures depen', 'Yun Seok-yeol'], // "..." — he said.
    ]);
  });

  it('asks about "Jung", a surname nobody in the story is introduced with', () => {
    const jung = analyze(SEED).findings.filter((f) => f.check === 'names' && f.text === 'Jung');
    expect(jung).toHaveLength(1);
    expect(jung[0]!.message).toMatch(/Jung/);
    expect(jung[0]!.message).toMatch(/Yun/);
  });

  it('reports the contradictory troop numbers (about 3000, then about 10) as one conflict', () => {
    const conflicts = analyze(SEED).findings.filter((f) => f.check === 'numbers' && f.severity === 'error');
    expect(conflicts).toHaveLength(1);
    const spans = [conflicts[0]!, ...(conflicts[0]!.related ?? [])].map((s) => s.text).join(' | ');
    expect(spans).toMatch(/3000 troops/);
    expect(spans).toMatch(/10 troops/);
  });

  it('reports the page furniture after the article as one block, from the donation appeal to "To Top"', () => {
    const blocks = analyze(SEED).findings.filter((f) => f.check === 'furniture' && f.severity !== 'info');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toMatch(/^Thank you for being with us!/);
    expect(blocks[0]!.text).toMatch(/Phone: \+38-093-928-22-37[\s\S]*Copyright © 2020\. ELITEXPERT GROUP\s+To Top$/);
    expect(blocks[0]!.end).toBe(SEED.trimEnd().length);
    expect(blocks[0]!.suggestion).toBe('');
    // The article itself is not furniture.
    expect(blocks[0]!.start).toBeGreaterThan(SEED.indexOf('step-by-step measures'));
  });

  it('keeps every finding id when an unrelated paragraph is edited', () => {
    const ids = (r: AnalysisResult) => r.findings.map((f) => `${f.check} ${f.id}`).sort();
    const before = analyze(SEED);
    const after = analyze(edit(SEED, 'To discuss the situation with the sending', 'To discuss the situation arising from the sending'));
    expect(ids(after)).toEqual(ids(before));
    // Offsets after the edit moved, ids did not.
    const moved = after.findings.find((f) => f.start !== before.findings.find((b) => b.id === f.id)!.start);
    expect(moved).toBeDefined();
  });
});

describe('work shared between checkers', () => {
  it('numbers, furniture and sourcing report through the engine what each reports on its own', () => {
    const numbersDev = readFileSync(new URL('./fixtures/numbers-dev.jsonl', import.meta.url), 'utf8')
      .split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text);
    const reported = new Set<string>();
    for (const text of [SEED, ...numbersDev]) {
      const result = analyze(text);
      for (const check of ['numbers', 'furniture', 'sourcing'] as const) {
        const checker = CHECKERS.find((c) => c.check === check)!;
        const alone = runChecker(checker, text, {}, { entities: result.entities, quotes: result.quotes }).findings;
        const viaEngine = result.findings.filter((f) => f.check === check);
        expect(viaEngine, check).toEqual([...alone].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1)));
        if (viaEngine.length) reported.add(check);
      }
    }
    expect([...reported].sort()).toEqual(['furniture', 'numbers', 'sourcing']);
  });
});

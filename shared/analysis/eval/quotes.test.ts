import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quotesChecker } from '../quotes.ts';
import { runChecker } from '../testing.ts';
import type { Quote } from '../types.ts';
import { scoreQuotes } from './quotes.ts';
import type { QuotesRow } from './quotes.ts';

const quote = (text: string, speaker: string | null): Quote => ({ id: text, text, start: 0, end: text.length, kind: 'full', speaker });

describe('scoreQuotes', () => {
  const row: QuotesRow = {
    id: 'r1',
    text: 'irrelevant here',
    quotes: [
      { quote: 'We will stay.', speaker: 'Lidia Sorel', kind: 'full' },
      { quote: 'a disgrace', speaker: 'Emil Varga', kind: 'partial' },
      { quote: 'temporary', speaker: null, kind: 'scare' },
    ],
    optional_quotes: [{ quote: 'not now', speaker: null, kind: 'partial' }],
  };

  it('counts found quotes, right speakers, misses, false alarms and wrong speakers', () => {
    const s = scoreQuotes([row], () => ({
      quotes: [quote('We will stay.', 'Lidia Sorel'), quote('a disgrace', 'Varga'), quote('not now', null), quote('Monday', null)],
    }));
    expect(s).toMatchObject({ found: 2, total: 3, speakerRight: 1 });
    expect(s.foundRate).toBeCloseTo(2 / 3);
    expect(s.speakerRate).toBeCloseTo(1 / 3);
    expect(s.misses).toEqual(['r1: "temporary" (no speaker)']);
    expect(s.falseAlarms).toEqual(['r1: "Monday" (no speaker)']);
    expect(s.wrongSpeakers).toEqual(['r1: "a disgrace" — expected Emil Varga, got Varga']);
  });
});

describe('the quotes checker on the labelled dev set', () => {
  const rows = readFileSync(new URL('../fixtures/quotes-dev.jsonl', import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as QuotesRow);
  const score = scoreQuotes(rows, (text) => ({ quotes: runChecker(quotesChecker, text).quotes ?? [] }));

  it('finds at least 95 % of quotes and names at least 90 % of speakers right', () => {
    console.log(`quotes dev: found ${score.found}/${score.total}, speaker right ${score.speakerRight}/${score.total}`,
      [...score.misses, ...score.wrongSpeakers, ...score.falseAlarms]);
    expect(score.foundRate).toBeGreaterThanOrEqual(0.95);
    expect(score.speakerRate).toBeGreaterThanOrEqual(0.9);
  });
});

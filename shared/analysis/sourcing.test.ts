import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourcingChecker } from './sourcing.ts';
import { runChecker } from './testing.ts';
import type { Quote } from './types.ts';

const flagged = (text: string, quotes: Quote[] = []) => runChecker(sourcingChecker, text, {}, { quotes }).findings;

describe('sourcing', () => {
  it('flags a figure and a superlative stated with no source, as info on the whole sentence', () => {
    const text =
      'The new bridge cost 240 million crowns. It is the longest bridge in the region.\n\n' +
      'Traffic is expected to fall by 30% in the old town, the city said.';
    const found = flagged(text);
    expect(found.map((f) => f.text)).toEqual(['The new bridge cost 240 million crowns.', 'It is the longest bridge in the region.']);
    expect(found[0]!.severity).toBe('info');
    expect(found[0]!.message).toContain('240 million');
    expect(found[1]!.message).toContain('the longest');
  });

  it('accepts attribution in the sentence or next to it in the same paragraph', () => {
    const text = [
      'About 1,200 people were evacuated, according to the fire service.',
      'The fire destroyed 40 homes. Officials said it was the worst in a decade.',
      'Unemployment rose to 7.2%, figures from the statistics office showed.',
    ].join('\n');
    expect(flagged(text)).toEqual([]);
  });

  it('leaves small counts, years, dates, ages and scores alone', () => {
    const text = 'The trial opens on 14 May. Three defendants, aged 45, 52 and 61, deny the charges. Rovers won 3-1 in 2024.';
    expect(flagged(text)).toEqual([]);
  });

  it('leaves quoted sentences to the quotes check and trusts attributed quotes', () => {
    const text = '"We lost 300 jobs this year," Ms Berg told reporters.\nThe plant employs 2,000 people.';
    expect(flagged(text).map((f) => f.text)).toEqual(['The plant employs 2,000 people.']);
    const quote: Quote = { id: 'q', text: 'The plant employs 2,000 people.', start: text.indexOf('The plant'), end: text.length, kind: 'full', speaker: 'Ida Berg' };
    expect(flagged(text, [quote])).toEqual([]);
  });

  it('finds a superlative in any sentence of a paragraph, and skips only sentences opened by a quote mark', () => {
    const text =
      'Ferries resumed on Monday. The storm was the worst on record for the coast. It was the busiest week of the summer.\n\n' +
      "'The harbour is the safest in the region,' a sign reads. The ferry terminal reopened in June. The pier is the largest project of O'Brien's career.";
    expect(flagged(text).map((f) => f.text)).toEqual([
      'The storm was the worst on record for the coast.',
      'It was the busiest week of the summer.',
      "The pier is the largest project of O'Brien's career.",
    ]);
  });

  it('skips page furniture such as the seed article\'s site blurb', () => {
    const seed = readFileSync(new URL('./fixtures/korea-delegation-kyiv.txt', import.meta.url), 'utf8');
    expect(flagged(seed).map((f) => f.text)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acronymsChecker, DEFAULT_COMMON_ACRONYMS } from './acronyms.ts';
import { scoreAcronyms } from './eval/acronyms.ts';
import type { AcronymsRow } from './eval/acronyms.ts';
import { runChecker } from './testing.ts';
import type { AnalyzeOptions } from './types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const flagged = (text: string, options: AnalyzeOptions = {}) => runChecker(acronymsChecker, text, options).findings;
const names = (text: string, options: AnalyzeOptions = {}) => flagged(text, options).map((f) => f.text);

describe('acronyms', () => {
  it('flags an acronym used before its bracketed expansion and offers the expansion', () => {
    const text =
      'Investigators from the TSB arrived at the crash site on Tuesday.\n' +
      'The Transport Safety Board (TSB) said it would publish a preliminary report within 30 days.';
    const [f] = flagged(text);
    expect(f?.text).toBe('TSB');
    expect(f?.start).toBe(text.indexOf('TSB'));
    expect(f?.severity).toBe('warning');
    expect(f?.suggestion).toBe('Transport Safety Board (TSB)');
    expect(f?.related?.[0]?.text).toBe('Transport Safety Board (TSB)');
  });

  it('accepts every way of introducing an acronym', () => {
    const text =
      'The Regional Water Authority (RWA) and the city signed a deal. The RWA will pay two-thirds.\n' +
      'An environmental impact assessment (EIA) found little harm. The EIA will be published.\n' +
      'PECC (Port Elm City Council) approved it. The PECC meets again in May.\n' +
      'The Securities Oversight Authority fined a broker. The SOA said it ignored warnings.\n' +
      'The Security Service of Ukraine (SBU) detained two men. The SBU said they were recruited online.';
    expect(names(text)).toEqual([]);
  });

  it('accepts "known as" introductions and leaves company names in capitals alone', () => {
    const text =
      'The Organization of the Petroleum Exporting Countries and its allies, known as OPEC+, meet on Sunday. OPEC+ pumps 40% of the world\'s oil.\n' +
      'Shares in ACME Corp fell 4% after the company cut its forecast. ACME\'s chief executive said demand had slowed.';
    expect(names(text, { commonAcronyms: [] })).toEqual([]);
  });

  it('leaves initials that are part of a name alone', () => {
    expect(names('Vice President JD Vance visited Ohio. Shares in JD Sports rose.')).toEqual([]);
    expect(names('The NWA said on Monday that NWA Director Ana Ruiz would resign.')).toEqual(['NWA']);
  });

  it('flags an acronym that is never spelled out, once, at its first use', () => {
    const text = 'The NWA said it would ration water. Later the NWA\'s director said rationing would last a month.';
    const found = flagged(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('never spelled out');
    expect(found[0]?.start).toBe(text.indexOf('NWA'));
  });

  it('treats a possessive first use as a use, suggesting the bare expansion', () => {
    const text = "The WFA's regional director warned of shortages. The World Food Alliance said it had 40% of the money.";
    const [f] = flagged(text);
    expect(f?.text).toBe('WFA');
    expect(f?.suggestion).toBe('World Food Alliance');
  });

  it('leaves common acronyms alone, and the list is configurable', () => {
    const text = 'The UN and the EU said NATO and the IMF would help. The US sent aid.';
    expect(names(text)).toEqual([]);
    expect(names(text, { commonAcronyms: ['US', 'UN', 'EU', 'NATO'] })).toEqual(['IMF']);
    expect(names('The NWA said rationing would start.', { commonAcronyms: ['NWA'] })).toEqual([]);
  });

  it('does not take shouting, headlines, datelines, roman numerals, units or codes for acronyms', () => {
    const text = [
      'BREAKING NEWS: FLOOD WARNINGS ISSUED FOR THE NORTH',
      'KYIV (Reuters) - The flood barrier gave way overnight.',
      'World War II veterans were among those evacuated, and Pope Leo XIV sent his prayers.',
      'The plant lost 500 MW of capacity at 9 PM on Sunday; F-16 jets and G7 leaders were mentioned.',
      'Protesters chanted "NO MORE WAR" outside the embassy.',
      'Copyright © 2020. ELITEXPERT GROUP',
    ].join('\n');
    expect(names(text)).toEqual([]);
  });

  it('finds nothing to flag in the seed article\'s story, whose NATO is spelled out and EU is common', () => {
    const story = fixture('korea-delegation-kyiv.txt').split('Thank you for being with us!')[0]!;
    expect(names(story)).toEqual([]);
    expect(names(story, { commonAcronyms: [] })).toEqual(['EU']);
  });

  it('documents every built-in common acronym in STYLE-BOOK.md', () => {
    const doc = fixture('../STYLE-BOOK.md');
    const listed = DEFAULT_COMMON_ACRONYMS.filter((a) => !new RegExp(`\\b${a}\\b`).test(doc));
    expect(listed).toEqual([]);
  });

  it('keeps ids stable when text elsewhere changes', () => {
    const text = 'The NWA said it would ration water.';
    expect(flagged('A new first line.\n' + text)[0]?.id).toBe(flagged(text)[0]?.id);
  });

  it('reaches precision and recall of 0.9 on the dev set', () => {
    const rows = fixture('acronyms-dev.jsonl').trim().split('\n').map((l) => JSON.parse(l) as AcronymsRow);
    const score = scoreAcronyms(rows, (text) => runChecker(acronymsChecker, text));
    console.log(`acronyms-dev: precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}`, score.misses, score.falseAlarms);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});

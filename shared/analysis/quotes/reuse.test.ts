/**
 * Speakers kept from the last decide (quotes/reuse.ts) must never differ from a fresh analysis:
 * an edit far from a quote can still change who "the minister" or "she" is, through what the
 * text says of a person elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../engine.ts';

const FILLER = [
  'The hospital opened a new wing in 2019 after years of delays over its budget.',
  'Waiting lists in the region have grown steadily since the winter, local figures show.',
  'Nurses at the site have asked for more staff on night shifts for some time.',
  'The regional board is due to publish its annual review later this month.',
];

/** An article whose last quote is attributed far from where the people are introduced. */
function article(intro: string, quote: string): string {
  return [
    intro,
    'Marcus Berg, the opposition leader, visited the same ward in the afternoon.',
    ...FILLER,
    'Berg met patients on the first floor.',
    ...FILLER,
    'Lindqvist spoke to staff before leaving.',
    quote,
  ].join('\n\n');
}

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.startsWith(words))?.speaker;

describe('speakers kept between edits', () => {
  it('follows a changed job far from the quote: "the minister" is no longer the one named minister', () => {
    const before = article('Health Minister Sofia Lindqvist toured the hospital on Monday.', '"We will not close this ward," the minister said.');
    const after = before.replace('Health Minister Sofia Lindqvist', 'Hospital director Sofia Lindqvist');
    expect(speakerOf(before, 'We will not close')).toBe('Sofia Lindqvist');
    expect(speakerOf(after, 'We will not close')).not.toBe('Sofia Lindqvist');
    const analyzer = createAnalyzer();
    analyzer.update(before);
    expect(analyzer.update(after)).toEqual(analyze(after));
    expect(analyzer.update(before)).toEqual(analyze(before));
  });

  it('follows a changed gender far from the quote: "she said" finds the person the text now calls a woman', () => {
    const before = article('Sofia Lindqvist, a spokesman for the board, toured the hospital on Monday.', '"Nobody here will lose their job," she said.');
    const after = before.replace('a spokesman for the board', 'a spokeswoman for the board');
    expect(speakerOf(before, 'Nobody here')).not.toBe('Sofia Lindqvist');
    expect(speakerOf(after, 'Nobody here')).toBe('Sofia Lindqvist');
    const analyzer = createAnalyzer();
    analyzer.update(before);
    expect(analyzer.update(after)).toEqual(analyze(after));
    expect(analyzer.update(before)).toEqual(analyze(before));
  });

  it('keeps every speaker while typing in a paragraph that names nobody', () => {
    const text = article('Health Minister Sofia Lindqvist toured the hospital on Monday.', '"We will not close this ward," the minister said.');
    const analyzer = createAnalyzer();
    const first = analyzer.update(text);
    const typed = analyzer.update(text.replace('opened a new wing', 'opened a large new wing'));
    expect(typed.quotes.map((q) => [q.text, q.speaker])).toEqual(first.quotes.map((q) => [q.text, q.speaker]));
    expect(typed).toEqual(analyze(text.replace('opened a new wing', 'opened a large new wing')));
  });
});

describe('quotes kept between edits', () => {
  it('shows the new wording of an attribution a later quote carries over from the paragraph before', () => {
    const before = [
      'Health Minister Sofia Lindqvist visited the ward on Monday.',
      '"We will not close it," Lindqvist said.',
      '"Nobody loses a job."',
      'The board meets again in May.',
    ].join('\n\n');
    const after = before.replace('Lindqvist said', 'Lindqvist says');
    const analyzer = createAnalyzer();
    analyzer.update(before);
    const quotes = analyzer.update(after).quotes;
    expect(quotes.map((q) => [q.text, q.speaker, q.attribution?.text])).toEqual([
      ['We will not close it,', 'Sofia Lindqvist', 'Lindqvist says'],
      ['Nobody loses a job.', 'Sofia Lindqvist', 'Lindqvist says'],
    ]);
    expect(analyzer.update(after)).toEqual(analyze(after));
  });
});

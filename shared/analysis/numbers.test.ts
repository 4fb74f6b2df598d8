import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreNumbers } from './eval/numbers.ts';
import type { NumbersRow } from './eval/numbers.ts';
import { analyze, createAnalyzer } from './engine.ts';
import { numbersChecker } from './numbers.ts';
import { runChecker } from './testing.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const errors = (text: string) => runChecker(numbersChecker, text).findings.filter((f) => f.severity === 'error');
const infos = (text: string) => runChecker(numbersChecker, text).findings.filter((f) => f.severity === 'info');

describe('numbers: conflicting restatements', () => {
  it('flags the seed article\'s 3000 troops against 10 troops, with both spans', () => {
    const text = fixture('korea-delegation-kyiv.txt');
    const found = errors(text);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(text.slice(f!.start, f!.end)).toBe('about 3000 troops');
    expect(f!.related?.map((r) => text.slice(r.start, r.end))).toEqual(['about 10 troops']);
  });

  it('flags a death toll given twice with different values', () => {
    const text =
      'A landslide killed 23 people in the village of Terno on Saturday, officials said.\n\n' +
      'The governor said the death toll of 32 made it the worst disaster in the region since 1998.';
    const [f] = errors(text);
    expect(f?.text).toBe('killed 23 people');
    expect(f?.related?.[0]?.text).toBe('death toll of 32');
    expect(f?.message).toMatch(/death toll/i);
  });

  it('flags a committee that changes size', () => {
    const text = 'The 12-member committee met on Monday. All 14 members voted to approve the plan.';
    const [f] = errors(text);
    expect(f?.text).toBe('The 12-member committee');
    expect(f?.related?.[0]?.text).toBe('All 14 members');
  });

  it('flags a fine restated with another amount but not a share of it', () => {
    const text =
      'The regulator fined three banks a total of €12 million. The largest share of the penalty, €7 million, fell on Norda. ' +
      'Critics said the €21 million fine was too small.';
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('a total of €12 million');
    expect(found[0]?.related?.map((r) => r.text)).toEqual(['the €21 million fine']);
  });

  it('flags restated arrests and deal values, but not other sums or counts per place', () => {
    const arrests = errors('Police arrested 32 people after the match. Officers said the 23 detainees would appear in court.');
    expect(arrests.map((f) => [f.text, f.related?.[0]?.text])).toEqual([['arrested 32 people', 'the 23 detainees']]);
    const deal = errors('The club agreed a €45 million deal for the striker. Fans said the €54 million deal was too much.');
    expect(deal.map((f) => [f.text, f.related?.[0]?.text])).toEqual([['€45 million deal', 'the €54 million deal']]);
    expect(errors('The club agreed a €45 million deal for the striker. A second deal worth €20 million was signed.')).toEqual([]);
    expect(errors('About 3,000 people were evacuated on Monday. Officials said 300 people had been evacuated from the valley.')).toEqual([]);
  });

  it('stays quiet on updated tolls, parts of a total, other events and different things', () => {
    const clean = [
      'A landslide killed at least 23 people on Saturday. Later on Saturday, officials raised the death toll to 31.',
      'The bus crash killed 14 people. Three of the dead were children. In 2019 a crash on the same road killed 21 people.',
      'The army sent 500 troops to the border. About 5,000 troops are already stationed in the north.',
      'Rovers are two points clear at the top. Rovers have 58 points and United 56 from 27 matches.',
      'The storm cut power to 200,000 homes. By Wednesday, 45,000 homes were still without power.',
      'The airline will cut 1,200 jobs, about 8% of its workforce of 15,000. It carried 31 million passengers last year, up from 28 million.',
    ];
    for (const text of clean) expect(errors(text), text).toEqual([]);
  });
});

describe('numbers: checks inside a sentence', () => {
  it('flags a weekday that does not match its date, and accepts one that does', () => {
    const [f] = errors('The trial will open on 10 September 2025, a Thursday, the court said.');
    expect(f?.text).toBe('10 September 2025');
    expect(f?.related?.[0]?.text).toBe('a Thursday');
    expect(f?.message).toContain('Wednesday');
    expect(errors('Orders stay in place until Friday, 1 August 2025, officials said.')).toEqual([]);
    expect(errors('The vote is set for Tuesday, March 3, 2026.')).toEqual([]);
  });

  it('flags a percentage change that the two values contradict', () => {
    const [f] = errors('Profit fell 20% to 80 million crowns from 120 million a year earlier.');
    expect(f?.text).toBe('fell 20%');
    expect(f?.related?.[0]?.text).toBe('to 80 million crowns from 120 million');
    expect(errors('Profit fell 33% to 80 million crowns from 120 million a year earlier.')).toEqual([]);
    expect(errors('Sales rose 25% to €1.5 billion from €1.2 billion.')).toEqual([]);
  });
});

describe('numbers: arithmetic a reader can redo', () => {
  it('reads rounded figures as ranges, so a rounded but right change is not flagged', () => {
    expect(errors('Revenue rose 5% to €1.2 billion from €1.1 billion.')).toEqual([]);
    const [f] = errors('Revenue rose 25% to €1.2 billion from €1.1 billion.');
    expect(f?.text).toBe('rose 25%');
    expect(f?.message).toContain('+9.1%');
  });

  it('checks doubled / halved against the two values', () => {
    expect(errors('Sales doubled to 80 million euros from 41 million.')).toEqual([]);
    const [f] = errors('Costs halved to 12 million euros from 36 million.');
    expect(f?.text).toBe('halved');
    expect(f?.related?.[0]?.text).toBe('to 12 million euros from 36 million');
  });

  it('checks a share against its part and whole', () => {
    expect(errors('The airline will cut 1,200 jobs, about 8% of its workforce of 15,000.')).toEqual([]);
    const [f] = errors('The airline will cut 1,200 jobs, or 18% of its 15,000 staff.');
    expect(f?.message).toContain('8.0%');
    expect(f?.related?.[0]?.text).toBe('1,200');
  });

  it('checks unit conversions in brackets, allowing for rounding', () => {
    const clean = 'Fires burned 12,000 hectares (about 30,000 acres). It was 41C (106F). The road is 80 km (50 miles) long.';
    expect(errors(clean)).toEqual([]);
    const found = errors('Fires burned 12,000 hectares (about 50,000 acres). It was 41C (96F).');
    expect(found.map((f) => [f.text, f.related?.[0]?.text])).toEqual([
      ['12,000 hectares', 'about 50,000 acres'],
      ['41C', '96F'],
    ]);
  });
});

describe('numbers: ages', () => {
  it('flags a person given two ages, and keeps a father and son apart', () => {
    const text = 'Chief executive Lars Holm, 58, said the bank had been hit by bad loans.\n\nThe 56-year-old Holm joined the bank in 2010.';
    const [f] = errors(text);
    expect(f?.text).toBe('Lars Holm, 58');
    expect(f?.related?.[0]?.text).toBe('56-year-old Holm');
    expect(errors('Lars Holm, 58, founded the firm. His son Erik Holm, 30, runs it. Holm, 58, said he was proud.')).toEqual([]);
    expect(errors('The victim, Tom Hale, 34, was a teacher. Police arrested a 19-year-old man.')).toEqual([]);
  });
});

describe('numbers: match results', () => {
  it('flags a side\'s goal count that the result rules out, across paragraphs', () => {
    const text =
      'Rovers beat City 3-1 at home on Saturday.\n\n' +
      'City manager Ray Dunne said his side had been unlucky. "We scored two good goals and deserved more," Dunne said.';
    const [f] = errors(text);
    expect(f?.text).toBe('beat City 3-1');
    expect(f?.related?.[0]?.text).toBe('We scored two good goals');
  });

  it('accepts scorers that add up, and stays out of articles with several results', () => {
    expect(errors('Rovers beat City 3-1, with two goals from Marco Bellini and one from Jonas Eke. "We scored one and should have had more," said City\'s manager.')).toEqual([]);
    expect(errors('Rovers beat City 3-1. United were held 2-2 at Linden, where Kane scored twice. "We scored two goals," said the United coach.')).toEqual([]);
    const [f] = errors('Halden beat Norby 2-0 on Sunday. Ella Stam scored three goals in the second half.');
    expect(f?.related?.[0]?.text).toBe('Ella Stam scored three goals');
  });
});

describe('numbers: formatting', () => {
  it('notes thousands written with and without a separator, suggesting the majority style', () => {
    const text = 'About 3000 people marched on Saturday. Police put the crowd at 12,000; organisers said 15,000.';
    const [f] = infos(text);
    expect(f?.text).toBe('3000');
    expect(f?.suggestion).toBe('3,000');
  });

  it('notes small numbers in figures beside spelled-out ones, but not a consistent style', () => {
    const [f] = infos('Three villages were evacuated on Monday and 5 villages on Tuesday, when four more roads closed.');
    expect(f?.text).toBe('5');
    expect(f?.suggestion).toBe('five');
    expect(infos('Three villages were evacuated on Monday and five on Tuesday, when four more roads closed.')).toEqual([]);
  });
});

describe('numbers: ids and offsets', () => {
  it('keeps a conflict\'s id when unrelated text changes, and reports absolute offsets', () => {
    const body = 'The 12-member committee met on Monday.\nAll 14 members voted for the plan.';
    const before = errors(body)[0]!;
    const edited = 'A new opening paragraph about the weather.\n' + body;
    const after = errors(edited)[0]!;
    expect(after.id).toBe(before.id);
    expect(edited.slice(after.start, after.end)).toBe('The 12-member committee');
    expect(after.start).toBe(before.start + 'A new opening paragraph about the weather.\n'.length);
  });
});

describe('numbers: typing in the editor', () => {
  // The analyser keeps the article-wide findings while an edit changes no mention; each step
  // must still report what a fresh analysis of the same text reports.
  const story =
    'A landslide killed 23 people in the village of Terno on Saturday, officials said.\n\n' +
    'Rescuers searched through the night for three villagers and 5 houses were destroyed.\n\n' +
    'The governor said the death toll of 32 made it the worst disaster in the region since 1998.';
  const numbersOf = (result: ReturnType<typeof analyze>) => result.findings.filter((f) => f.check === 'numbers');

  it('moves the findings with an edit before them and matches a fresh analysis after each step', () => {
    const analyzer = createAnalyzer();
    const first = numbersOf(analyzer.update(story));
    expect(first.map((f) => f.text)).toEqual(['killed 23 people', '5']);
    const steps = [
      story.replace('A landslide', 'A huge landslide'),
      story.replace('searched through', 'searched in the rain through'),
      story.replace('The governor said', 'The governor told reporters'),
    ];
    for (const text of steps) {
      const found = numbersOf(analyzer.update(text));
      expect(found).toEqual(numbersOf(analyze(text)));
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['killed 23 people', '5']);
      expect(found.map((f) => f.related?.map((r) => text.slice(r.start, r.end)))).toEqual([['death toll of 32'], undefined]);
    }
  });

  it('drops the conflict when an edit marks the later figure as an update, though no number changed', () => {
    const analyzer = createAnalyzer();
    analyzer.update(story);
    const updated = story.replace('The governor said', 'The governor later said');
    const found = numbersOf(analyzer.update(updated));
    expect(found).toEqual(numbersOf(analyze(updated)));
    expect(found.some((f) => f.severity === 'error')).toBe(false);
  });
});

describe('numbers: dev set', () => {
  it('finds at least 80% of labelled conflicts with at most one false alarm per ten clean articles', () => {
    const rows = fixture('numbers-dev.jsonl').trim().split('\n').map((l) => JSON.parse(l) as NumbersRow);
    const score = scoreNumbers(rows, (text) => runChecker(numbersChecker, text));
    console.log(`numbers-dev: ${score.found}/${score.conflicts} conflicts found; misses:`, score.misses.map((m) => m.id));
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.falseAlarms).toEqual([]);
    expect(score.falseAlarmsPerTenClean).toBeLessThanOrEqual(1);
  });
});

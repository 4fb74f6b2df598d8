import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from './doc.ts';
import { namesChecker } from './names.ts';
import { quotesChecker } from './quotes.ts';
import { runChecker } from './testing.ts';
import type { Quote } from './types.ts';

const run = (text: string) => runChecker(quotesChecker, text);
const speakers = (text: string): [string, string | null][] =>
  (run(text).quotes ?? []).filter((q) => q.kind !== 'scare').map((q: Quote) => [q.text, q.speaker]);

describe('quotes checker on the seed article', () => {
  const seed = readFileSync(new URL('./fixtures/korea-delegation-kyiv.txt', import.meta.url), 'utf8');
  const result = run(seed);

  it('lists every quote with its speaker, the president in his fullest form', () => {
    const got = (result.quotes ?? []).map((q) => [q.text.slice(0, 30), q.speaker]);
    expect(got).toEqual([
      ['I hope that, under Secretary G', 'Yun Seok-yeol'],
      ['top priority', 'Mark Rutte'],
      ['This is a serious situation, w', 'Yun Seok-yeol'],
      ['within days.', 'Volodymyr Zelenskyy'],
      ['This illegal military cooperat', 'Yun Seok-yeol'],
      ['practical countermeasures', 'Yun Seok-yeol'],
      ['We will take step-by-step meas', 'Yun Seok-yeol'],
    ]);
  });

  it('gives quote offsets of the quoted words without the marks', () => {
    for (const q of result.quotes ?? []) expect(seed.slice(q.start, q.end)).toBe(q.text);
    const first = result.quotes![0]!;
    expect(seed[first.start - 1]).toBe('"');
    expect(first.attribution?.text).toBe('he said');
  });
});

describe('attribution patterns', () => {
  it('reads appositives, "said X" and dash attributions in translated copy', () => {
    const text = [
      'Farmers blocked roads in three provinces on Tuesday.',
      '"We cannot sell milk below what it costs to produce," Tomas Eberl, head of the dairy union, said.',
      '"Prices will recover by spring" - said agriculture minister Ines Valko.',
      '«The blockades are illegal» — the police chief, Marek Hol, told reporters.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['We cannot sell milk below what it costs to produce,', 'Tomas Eberl'],
      ['Prices will recover by spring', 'Ines Valko'],
      ['The blockades are illegal', 'Marek Hol'],
    ]);
  });

  it('resolves he and she to the nearest person of that gender, not one named inside the quote', () => {
    const text =
      'Ambassador Greta Holm met Deputy Minister Anders Lie in Oslo. Holm did not speak to reporters afterwards. ' +
      '"We asked Ms Holm for guarantees and received none," he said. ' +
      'Opposition leader Petra Sand called the meeting a farce. "Nothing was agreed," she said.';
    expect(speakers(text)).toEqual([
      ['We asked Ms Holm for guarantees and received none,', 'Anders Lie'],
      ['Nothing was agreed,', 'Petra Sand'],
    ]);
  });

  it('resolves "the minister" to the person the text names as minister, and "the group" to the organisation', () => {
    const text =
      'Finance Minister Olga Renner presented the budget on Monday, with help from economist Jan Brest. ' +
      '"This budget protects pensions and cuts nothing that matters," the minister said. ' +
      'The opposition Green Alliance rejected it. "It is a budget for the rich," the group said in a statement.';
    expect(speakers(text)).toEqual([
      ['This budget protects pensions and cuts nothing that matters,', 'Olga Renner'],
      ['It is a budget for the rich,', 'Green Alliance'],
    ]);
  });

  it('gives partial quotes the speaker of their sentence and leaves scare quotes unattributed', () => {
    const text =
      'Mayor Lena Fisk said the new tram line was "a gift to the next generation". ' +
      'Critics point to the "temporary" parking ban that has lasted six years.';
    const quotes = run(text).quotes!;
    expect(quotes.map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ['a gift to the next generation', 'partial', 'Lena Fisk'],
      ['temporary', 'scare', null],
    ]);
  });

  it('carries a speaker over an interrupted quote and the quote that continues their words', () => {
    const text =
      '“We will rebuild,” said site engineer Rosa Malin, “but not this year.” She toured the site. ' +
      '“The bridge is safe,” Malin said on Friday. “Traffic can return on Monday.”';
    expect(speakers(text)).toEqual([
      ['We will rebuild,', 'Rosa Malin'],
      ['but not this year.', 'Rosa Malin'],
      ['The bridge is safe,', 'Rosa Malin'],
      ['Traffic can return on Monday.', 'Rosa Malin'],
    ]);
  });

  it('joins a quote that runs over paragraphs, from the first mark to the last', () => {
    const text = '“The first winter was hard,” said nurse Alma Reyes. “The second was worse.\n\n“The third nearly broke us.”';
    const quotes = run(text).quotes!;
    expect(quotes[1]).toMatchObject({ text: 'The second was worse.\n\n“The third nearly broke us.', speaker: 'Alma Reyes', kind: 'full' });
    expect(run(text).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('never guesses a speaker the text does not give', () => {
    const text = 'A banner over the square read "We will not be moved". Police cleared it by noon.';
    expect(speakers(text)).toEqual([['We will not be moved', null]]);
  });
});

describe('findings', () => {
  it('warns about a full quote with no speaker, with a span on the quoted words', () => {
    const text = 'The strike entered its third week. "Nobody is coming back until the offer improves." Talks resume on Friday.';
    const f = run(text).findings.filter((x) => x.severity === 'warning');
    expect(f).toHaveLength(1);
    expect(f[0]!.text).toBe('Nobody is coming back until the offer improves.');
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(f[0]!.text);
  });

  it('marks an unbalanced quote mark as an error on the lone mark', () => {
    const text = 'The minister said: “We will not raise taxes this year.\n\nThe opposition called the plan reckless.';
    const errors = run(text).findings.filter((x) => x.severity === 'error');
    expect(errors.map((e) => [e.start, e.text])).toEqual([[text.indexOf('“'), '“']]);
  });

  it('notes mixed quote styles once, as information', () => {
    const text = '"We are ready," said Ada Kern. “So are we,” replied Bo Lind. "Then let us begin," Kern said.';
    const info = run(text).findings.filter((x) => x.severity === 'info');
    expect(info).toHaveLength(1);
    expect(info[0]!.message).toMatch(/mixes quote styles/);
    expect(info[0]!.text).toBe('“So are we,”');
  });

  it('keeps quote and finding ids when unrelated text around them changes', () => {
    const a = run('Strikers gathered early. "Nobody is coming back," one shouted.');
    const b = run('Hundreds of strikers gathered before dawn on Monday. "Nobody is coming back," one shouted.');
    expect(b.quotes![0]!.id).toBe(a.quotes![0]!.id);
    expect(b.findings.map((f) => f.id)).toEqual(a.findings.map((f) => f.id));
  });
});

describe('deciding again over cached paragraphs, as the engine does after each edit', () => {
  // The engine keeps each paragraph's scan and runs decide over them after every edit; what
  // decide has read around names is remembered beside those scans. It must never go stale.
  const paragraphs = [
    'Deputy Minister Anders Lie met envoy Greta Holm in Oslo on Tuesday.',
    'Talks ran late into the night.',
    '"We asked for guarantees and received none," she said.',
    '"That is not how I remember it," he said. "We offered three."',
  ];
  const decideWithEntities = (paras: readonly string[], facts: ReturnType<typeof quotesChecker.scan>[]) => {
    const text = paras.join('\n\n');
    const entities = runChecker(namesChecker, text).entities ?? [];
    return quotesChecker.decide({ doc: makeDoc(text), facts, options: {}, entities, quotes: [] });
  };
  const fresh = (paras: readonly string[]) => decideWithEntities(paras, paras.map((p) => quotesChecker.scan(p)));

  it('gives the same quotes and speakers the second time', () => {
    const facts = paragraphs.map((p) => quotesChecker.scan(p));
    const first = decideWithEntities(paragraphs, facts);
    expect(first.quotes!.map((q) => q.speaker)).toEqual(['Greta Holm', 'Anders Lie', 'Anders Lie']);
    expect(decideWithEntities(paragraphs, facts)).toEqual(first);
  });

  it('follows an edit that changes what the text says of a person, reusing the other paragraphs', () => {
    const facts = paragraphs.map((p) => quotesChecker.scan(p));
    decideWithEntities(paragraphs, facts);
    // Holm becomes the spokesman: "he" is now Holm, named last; "she" has only Lie left, whose
    // given name is only a hint against him.
    const edited = [paragraphs[0]!.replace('envoy Greta Holm', 'spokesman Greta Holm'), ...paragraphs.slice(1)];
    const reused = [quotesChecker.scan(edited[0]!), ...facts.slice(1)];
    const after = decideWithEntities(edited, reused);
    expect(after).toEqual(fresh(edited));
    expect(after.quotes!.map((q) => q.speaker)).toEqual(['Anders Lie', 'Greta Holm', 'Greta Holm']);
  });
});

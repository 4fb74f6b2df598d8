import { describe, expect, it } from 'vitest';
import { parseMarks } from './marks.ts';

const quoted = (text: string): string[] => parseMarks(text).spans.map((s) => text.slice(s.open + 1, s.close));

describe('parseMarks', () => {
  it('pairs straight and curly double quotes and leaves apostrophes alone', () => {
    const text = `"It's Yoon's decision," the aide said. “The miners’ union agreed,” she added, calling it rock 'n' roll politics of the '90s.`;
    expect(quoted(text)).toEqual([`It's Yoon's decision,`, 'The miners’ union agreed,']);
    expect(parseMarks(text).lone).toEqual([]);
  });

  it('reads single curly quotes as primary marks even though ’ is also the apostrophe', () => {
    const text = '‘We didn’t know, and the nurses’ station was empty,’ said the patient’s son. ‘Nobody came.’';
    expect(quoted(text)).toEqual(['We didn’t know, and the nurses’ station was empty,', 'Nobody came.']);
  });

  it('finds quotes nested inside quotes with their depth', () => {
    const text = '«We expect an answer, not the usual “technical error”» — said the spokeswoman.';
    const spans = parseMarks(text).spans;
    expect(spans.map((s) => [text.slice(s.open + 1, s.close), s.depth])).toEqual([
      ['We expect an answer, not the usual “technical error”', 0],
      ['technical error', 1],
    ]);
  });

  it('reports a quote left open at the end of the paragraph separately from a lone mark', () => {
    const runOn = parseMarks('“We kept the pits open through two winters.');
    expect(runOn.openAtEnd?.at).toBe(0);
    expect(runOn.lone).toEqual([]);
    const stray = parseMarks('The minister said the plan was ready.” Talks resume on Monday.');
    expect(stray.lone).toEqual([{ at: 37, mark: '”', role: 'close' }]);
  });

  it('does not pair a straight double quote that opens while the previous one is still open', () => {
    const text = '"We will not wait, he said. "Nor will we negotiate," the minister added.';
    expect(quoted(text)).toEqual(['Nor will we negotiate,']);
    expect(parseMarks(text).lone.map((l) => l.at)).toEqual([0]);
  });
});

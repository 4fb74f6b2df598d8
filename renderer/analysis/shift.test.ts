import { describe, expect, it } from 'vitest';
import { diffTexts, shiftSpan } from './shift.ts';

const before = 'President Yun Seok-yeol arrived in Kyiv.\n\nYoon said the talks went well.';

describe('carrying finding spans over an edit the worker has not seen yet', () => {
  it('keeps spans before the edit and moves spans after it', () => {
    const after = before.replace('arrived in', 'arrived by train in');
    const edit = diffTexts(before, after);
    const yun = before.indexOf('Yun Seok-yeol');
    expect(shiftSpan(edit, yun, yun + 13)).toEqual([yun, yun + 13]);
    const yoon = before.indexOf('Yoon');
    const moved = shiftSpan(edit, yoon, yoon + 4)!;
    expect(after.slice(moved[0], moved[1])).toBe('Yoon');
  });

  it('drops a span the edit went through', () => {
    const after = before.replace('Seok-yeol', 'Suk Yeol');
    const yun = before.indexOf('Yun Seok-yeol');
    expect(shiftSpan(diffTexts(before, after), yun, yun + 13)).toBeNull();
  });

  it('drops a span when a letter is typed inside it', () => {
    const after = before.replace('Kyiv.', 'Kyyiv.');
    const kyiv = before.indexOf('Kyiv');
    expect(shiftSpan(diffTexts(before, after), kyiv, kyiv + 4)).toBeNull();
  });

  it('keeps a span when a character is typed just before it', () => {
    const after = before.replace('Yoon said', ' Yoon said');
    const yoon = before.indexOf('Yoon');
    const moved = shiftSpan(diffTexts(before, after), yoon, yoon + 4)!;
    expect(after.slice(moved[0], moved[1])).toBe('Yoon');
  });

  it('reports no edit for equal texts', () => {
    expect(diffTexts(before, before)).toBeNull();
  });
});

describe('diffing long texts', () => {
  it('finds a one-character edit deep inside a long article, on either side of a chunk boundary', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} says the delegation met officials in Kyiv.`).join('\n\n');
    for (const at of [0, 255, 256, 257, 10_000, long.length - 1, long.length]) {
      const after = long.slice(0, at) + 'x' + long.slice(at);
      const edit = diffTexts(long, after)!;
      expect(edit.newEnd - edit.oldEnd).toBe(1);
      expect(after.slice(0, edit.start) + after.slice(edit.newEnd)).toBe(long.slice(0, edit.start) + long.slice(edit.oldEnd));
      expect(edit.start).toBeLessThanOrEqual(at);
    }
  });
});

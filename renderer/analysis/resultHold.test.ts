import { describe, expect, it } from 'vitest';
import { ResultHold } from './resultHold.ts';

describe('ResultHold', () => {
  it('draws a result at once while nobody is typing (a dismissal, a new style book, a pause)', () => {
    const hold = new ResultHold();
    const drawn: string[] = [];
    hold.offer(() => drawn.push('Yoon Suk Yeol spelled three ways'));
    expect(drawn).toEqual(['Yoon Suk Yeol spelled three ways']);
  });

  it('holds a result that arrives mid-burst until the keys pause, then draws only the newest', () => {
    const hold = new ResultHold();
    const drawn: string[] = [];
    hold.typed();
    hold.offer(() => drawn.push('check of "The delegation met offi"'));
    hold.typed();
    hold.offer(() => drawn.push('check of "The delegation met officials fr"'));
    expect(drawn).toEqual([]);
    hold.paused();
    expect(drawn).toEqual(['check of "The delegation met officials fr"']);
    hold.paused();
    expect(drawn).toHaveLength(1);
  });

  it('draws the result of the check sent at the pause as soon as it comes back', () => {
    const hold = new ResultHold();
    const drawn: string[] = [];
    hold.typed();
    hold.paused();
    hold.offer(() => drawn.push('check of the text as typed'));
    expect(drawn).toEqual(['check of the text as typed']);
  });
});

import { describe, expect, it } from 'vitest';
import { isSentenceStop, isStopCloser } from './chars.ts';

/** Every UTF-16 code unit on which `test` and the regex disagree. */
function disagreements(test: (c: number) => boolean, re: RegExp): number[] {
  const out: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (test(c) !== re.test(String.fromCharCode(c))) out.push(c);
  return out;
}

describe('quote character tests', () => {
  it('agree with the regexes they replace on every code unit', () => {
    expect(disagreements(isSentenceStop, /^[.!?…]$/u)).toEqual([]);
    expect(disagreements(isStopCloser, /^["'”’»)\]]$/u)).toEqual([]);
  });
});

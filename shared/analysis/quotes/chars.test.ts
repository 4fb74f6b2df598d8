import { describe, expect, it } from 'vitest';
import { isSentenceStop, isSpaceCode, isStopCloser } from './chars.ts';

/** Every UTF-16 code unit on which `test` and the regex disagree. */
function disagreements(test: (c: number) => boolean, re: RegExp): number[] {
  const out: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (test(c) !== re.test(String.fromCharCode(c))) out.push(c);
  return out;
}

describe('quote character tests', () => {
  it('agree with the regexes they replace on every code unit', () => {
    expect(disagreements(isSpaceCode, /^\s$/u)).toEqual([]);
    expect(disagreements(isSentenceStop, /^[.!?…]$/u)).toEqual([]);
    expect(disagreements(isStopCloser, /^["'”’»)\]]$/u)).toEqual([]);
  });

  it('take a no-break space or an ideographic space for white space, a hyphen for none', () => {
    expect(isSpaceCode('\u00a0'.charCodeAt(0))).toBe(true);
    expect(isSpaceCode('\u3000'.charCodeAt(0))).toBe(true);
    expect(isSpaceCode('-'.charCodeAt(0))).toBe(false);
  });
});

/**
 * Reads the persisted index's term list (`"terms":[["word",[fieldId,n,doc,freq,...]],...]`)
 * straight from the file's bytes, one term at a time. JSON.parse of the whole file built every
 * term's array of numbers at once — about 18 MB of heap for 10,000 articles that lived through
 * the whole load (and so through enough scavenges to grow V8's young generation), only to be
 * copied into the compact postings and dropped.
 *
 * Anything that is not exactly what compactIndex.ts writes is an error ("a term entry of the
 * wrong shape"): the caller rebuilds the index.
 */
import type { CompactTerm } from './compactIndex.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const ZERO = 0x30;
const NINE = 0x39;

function wrongShape(): never {
  throw new Error('a term entry of the wrong shape');
}

/**
 * The terms of the list that opens at `bytes[start]` (a `[`) and must close just before `end`.
 * Each yielded entry's number array is reused for the next one: use it before asking for more.
 */
export function* scanTerms(bytes: Uint8Array, start: number, end: number): Generator<CompactTerm> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const numbers: number[] = [];
  let i = start;
  const expect = (byte: number) => {
    if (bytes[i] !== byte) wrongShape();
    i++;
  };
  expect(OPEN);
  if (bytes[i] === CLOSE) {
    i++;
  } else {
    for (;;) {
      expect(OPEN);
      // The term: a JSON string (escapes are rare: let JSON.parse read those).
      expect(QUOTE);
      const from = i;
      let escaped = false;
      while (i < end && bytes[i] !== QUOTE) {
        if (bytes[i] === BACKSLASH) {
          escaped = true;
          i++;
        }
        i++;
      }
      if (i >= end) wrongShape();
      const raw = decoder.decode(bytes.subarray(from, i));
      const term = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
      i++;
      expect(COMMA);
      expect(OPEN);
      numbers.length = 0;
      if (bytes[i] !== CLOSE) {
        for (;;) {
          let n = 0;
          const digitsFrom = i;
          while (i < end && bytes[i]! >= ZERO && bytes[i]! <= NINE) n = n * 10 + (bytes[i++]! - ZERO);
          if (i === digitsFrom || i - digitsFrom > 15) wrongShape();
          numbers.push(n);
          if (bytes[i] !== COMMA) break;
          i++;
        }
      }
      expect(CLOSE);
      expect(CLOSE);
      yield [term, numbers];
      if (bytes[i] === COMMA) {
        i++;
        continue;
      }
      expect(CLOSE);
      break;
    }
  }
  if (i !== end) wrongShape();
}

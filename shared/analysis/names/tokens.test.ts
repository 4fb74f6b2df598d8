import { describe, expect, it } from 'vitest';
import { ORG, PARTICLE, STOP, TITLE, tokenize } from './tokens.ts';

/** The tokens of one paragraph, copied out (the list is reused by the next call). */
function tokensOf(paragraph: string) {
  const { tokens, count, sentences } = tokenize(paragraph);
  return {
    sentences,
    tokens: tokens.slice(0, count).map((t) => ({ text: t.text, sentence: t.sentence, initial: t.initial, possessive: t.possessive, flags: t.flags })),
  };
}

describe('tokenize', () => {
  it('keeps capitalised words, initials and particles, and skips lower-case words', () => {
    const { tokens } = tokensOf('On Monday Ursula von der Leyen met J.D. Vance and officials of the al-Qaeda watch group.');
    expect(tokens.map((t) => t.text)).toEqual(['On', 'Monday', 'Ursula', 'von', 'der', 'Leyen', 'J.D.', 'D.', 'Vance', 'al-Qaeda']);
    expect(tokens.find((t) => t.text === 'von')!.flags & PARTICLE).toBe(PARTICLE);
    expect(tokens[0]!.flags & STOP).toBe(STOP);
  });

  it('numbers sentences, but not after "Mr." or an initial, and marks sentence openers past quote marks', () => {
    const { tokens, sentences } = tokensOf('Mr. Kim arrived. "Seoul is calm," said J. Park. Rutte\'s Ministry spoke.');
    expect(sentences).toBe(3);
    const at = (text: string) => tokens.find((t) => t.text === text)!;
    expect(at('Kim')).toMatchObject({ sentence: 0, initial: false });
    expect(at('Seoul')).toMatchObject({ sentence: 1, initial: true });
    expect(at('Park')).toMatchObject({ sentence: 1, initial: false });
    expect(at('Rutte')).toMatchObject({ sentence: 2, initial: true, possessive: true });
    expect(at('Ministry').flags & ORG).toBe(ORG);
    expect(at('Mr').flags & TITLE).toBe(TITLE);
  });

  it('reads a spelling seen before the same way in another paragraph (one description per spelling)', () => {
    const first = tokensOf('Zelensky spoke. Zelensky\'s aide left.').tokens;
    const second = tokensOf('Later Zelensky\'s aide and Zelensky returned.').tokens;
    expect(first.map((t) => [t.text, t.possessive])).toEqual([['Zelensky', false], ['Zelensky', true]]);
    expect(second.map((t) => [t.text, t.possessive])).toEqual([['Later', false], ['Zelensky', true], ['Zelensky', false]]);
  });
});

import { describe, expect, it } from 'vitest';
import { isShortForm, namesOfText } from './extract.ts';

describe('short forms of a name, as the library compares names', () => {
  it('takes a shorter form with other diacritics, apostrophes or hyphens as a short form, not a variant', () => {
    expect(isShortForm('Erdogan', 'Recep Tayyip Erdoğan')).toBe(true);
    expect(isShortForm('Tayyip Erdogan', 'Recep Tayyip Erdoğan')).toBe(true);
    expect(isShortForm("Khamene'i", 'Ali Khamenei')).toBe(true);
    expect(isShortForm('Seok-yeol', 'Yun Seok-yeol')).toBe(true);
  });

  it('keeps different people and reordered names apart', () => {
    expect(isShortForm('Kim Yo Jong', 'Kim Jong Un')).toBe(false);
    expect(isShortForm('Jong Un', 'Kim Yo Jong')).toBe(false);
    expect(isShortForm('Recep Tayyip Erdoğan', 'Erdogan')).toBe(false);
  });

  it('leaves a shortened name out of an article’s spellings', () => {
    const text = [
      'President Recep Tayyip Erdoğan arrived in Ankara on Monday for talks on grain exports.',
      'Tayyip Erdogan told reporters the corridor would stay open through the winter.',
      'Officials close to Erdoğan said a deal could be signed within days.',
    ].join('\n\n');
    const person = namesOfText(text).find((n) => n.spellings.some((s) => s.text.includes('Erdoğan')));
    expect(person?.spellings.map((s) => s.text)).toEqual(['Recep Tayyip Erdoğan']);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.ts';

const names = (p: string): string[] => findMentions(p).filter((m) => !m.weak).map((m) => m.text);

describe('findMentions', () => {
  it('strips titles, demonyms and possessives and keeps the offsets of the name itself', () => {
    const p = 'South Korean President Yun Seok-yeol spoke to NATO chief Mark Rutte. "I hope that, under Secretary General Rutte\'s leadership, NATO will act," Yun said.';
    const ms = findMentions(p);
    const yun = ms.find((m) => m.text === 'Yun Seok-yeol')!;
    expect(yun.title).toBe('President');
    expect(yun.kind).toBe('person');
    expect(p.slice(yun.start, yun.end)).toBe('Yun Seok-yeol');
    const rutte = ms.find((m) => m.text === 'Rutte')!;
    expect(rutte.possessive).toBe(true);
    expect(rutte.title).toBe('Secretary General');
    expect(p.slice(rutte.start, rutte.end)).toBe('Rutte');
    expect(names(p)).toEqual(['Yun Seok-yeol', 'Mark Rutte', 'Rutte', 'Yun']);
  });

  it('finds the speaker after "said" with a long title', () => {
    const p = '"We will not stop," said Deputy Foreign Minister Yun Hae-sol on Monday.';
    const [m] = findMentions(p);
    expect(m).toMatchObject({ text: 'Yun Hae-sol', title: 'Deputy Foreign Minister', kind: 'person' });
  });

  it('keeps name particles, initials and splits an organisation off a title', () => {
    const p = 'European Commission President Ursula von der Leyen met Saif al-Islam Gaddafi, Hamad bin Jassim and J. D. Vance.';
    expect(names(p)).toEqual(['European Commission', 'Ursula von der Leyen', 'Saif al-Islam Gaddafi', 'Hamad bin Jassim', 'J. D. Vance']);
  });

  it('does not take days, months, sentence openers or nationality adjectives for names', () => {
    const p = 'Heavy rain flooded parts of Busan on Wednesday. The Guomindang said in July that North Korean troops were in the Russian Federation.';
    expect(names(p)).toEqual(['Busan', 'Guomindang', 'Russian Federation']);
    const heavy = findMentions(p).find((m) => m.text === 'Heavy');
    expect(heavy?.weak).toBe(true);
  });

  it('marks a name that opens a sentence as weak, to be confirmed by the rest of the article', () => {
    const p = 'Officials met Olaf Scholz. Scholz defended his record.';
    const ms = findMentions(p);
    expect(ms.map((m) => [m.text, m.weak ?? false])).toEqual([['Officials', true], ['Olaf Scholz', false], ['Scholz', true]]);
  });

  it('treats every word of a title-case headline as unconfirmed', () => {
    const ms = findMentions('Yoon Meets Rutte In Seoul Amid Troop Fears');
    expect(ms.every((m) => m.weak)).toBe(true);
    expect(ms.map((m) => m.text)).toContain('Rutte');
  });

  it('leaves acronyms to the acronym checker but keeps initials that lead a name', () => {
    expect(names('Shares in British retailer JD Sports rose after the KMT won, the EU said.')).toEqual(['JD Sports']);
  });
});

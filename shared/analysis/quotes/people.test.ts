import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeMention, genderBeforeName } from './people.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** Every paragraph of the seed article and the labelled quotes set. */
const paragraphs = [
  ...fixture('korea-delegation-kyiv.txt').split('\n'),
  ...fixture('quotes-dev.jsonl').split('\n').filter((l) => l.trim()).flatMap((l) => (JSON.parse(l) as { text: string }).text.split('\n')),
].filter((p) => p.trim());

describe('describeMention', () => {
  it('reads the job, the gender and silence around a name', () => {
    const p = 'Police spokeswoman Elena Markova said the road was closed. Denis Orlov, the driver, did not comment.';
    const markova = describeMention(p, { start: p.indexOf('Elena'), end: p.indexOf(' said'), text: 'Elena Markova', kind: 'person' });
    expect(markova).toMatchObject({ role: 'police spokeswoman', gender: 'female' });
    expect(markova.silent).toBeUndefined();
    const orlov = describeMention(p, { start: p.indexOf('Denis'), end: p.indexOf(', the driver'), text: 'Denis Orlov', kind: 'person' });
    expect(orlov).toMatchObject({ role: 'the driver', silent: true });
  });
});

describe('genderBeforeName (the cheap reading pronoun resolution uses)', () => {
  it('gives the gender of the words directly before a name, and defers to the full reading beside a comma', () => {
    const p = 'Opposition chairwoman Petra Sand spoke first; her deputy, Jan Brest, spoke later.';
    expect(genderBeforeName(p, p.indexOf('Petra'), p.indexOf(' spoke'))).toBe('female');
    expect(genderBeforeName(p, p.indexOf('Jan'), p.indexOf(', spoke'))).toBeNull();
  });

  it('agrees with describeMention on every capitalised word of real copy', () => {
    let compared = 0;
    let gendered = 0;
    for (const p of paragraphs) {
      for (const m of p.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
        const start = m.index;
        const end = start + m[0].length;
        const quick = genderBeforeName(p, start, end);
        if (quick === null) continue;
        expect(quick, `${m[0]} in: ${p.slice(Math.max(0, start - 60), end + 20)}`).toBe(describeMention(p, { start, end, text: m[0], kind: 'person' }).gender);
        compared++;
        if (quick) gendered++;
      }
    }
    // Hundreds of names, some of them with a gender in the words before them ("spokeswoman").
    expect(compared).toBeGreaterThan(200);
    expect(gendered).toBeGreaterThan(0);
  });
});

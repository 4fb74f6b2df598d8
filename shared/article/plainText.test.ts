import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs, countWords, plainTextOf, readingMinutes } from './plainText.ts';
import type { EditorStateJSON } from './schema.ts';

describe('plainTextOf', () => {
  it('separates blocks with a blank line, keeps inline links and marks inside their paragraph', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', children: [{ type: 'text', text: 'Talks resume' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Officials met ' },
              { type: 'link', children: [{ type: 'text', text: 'in Kyiv' }] },
              { type: 'text', text: ' on ' },
              { type: 'mark', children: [{ type: 'text', text: 'Tuesday' }] },
              { type: 'linebreak' },
              { type: 'text', text: 'late.' },
            ],
          },
          {
            type: 'list',
            children: [
              { type: 'listitem', children: [{ type: 'text', text: 'Energy' }] },
              { type: 'listitem', children: [{ type: 'text', text: 'Demining' }] },
            ],
          },
        ],
      },
    } as EditorStateJSON;
    expect(plainTextOf(body)).toBe('Talks resume\n\nOfficials met in Kyiv on Tuesday\nlate.\n\nEnergy\n\nDemining');
  });

  it('round-trips plain paragraphs', () => {
    expect(plainTextOf(bodyFromParagraphs(['One.', 'Two.']))).toBe('One.\n\nTwo.');
  });
});

describe('countWords', () => {
  it('counts words as a reader does: numbers with separators and hyphenated names are one word', () => {
    expect(countWords('Yun Seok-yeol said about 3,000 troops — not 10 — were in Kursk.')).toBe(11);
    expect(countWords("Rutte's plan isn't new.")).toBe(4);
    expect(countWords('  \n ')).toBe(0);
  });

  it('gives reading time in whole minutes, at least one for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(20)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});

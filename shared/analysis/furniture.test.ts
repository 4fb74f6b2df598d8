import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { furnitureChecker } from './furniture.ts';
import { runChecker } from './testing.ts';

const seed = readFileSync(new URL('./fixtures/korea-delegation-kyiv.txt', import.meta.url), 'utf8');
const findings = (text: string) => runChecker(furnitureChecker, text).findings;

describe('furniture', () => {
  it('finds the seed article\'s page furniture as one block, from the appeal to "To Top"', () => {
    const blocks = findings(seed).filter((f) => f.severity === 'warning');
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(seed.slice(block!.start, block!.end)).toMatch(/^Thank you for being with us![\s\S]*To Top$/);
    expect(block!.end).toBe(seed.trimEnd().length);
    expect(block!.suggestion).toBe('');
    expect(block!.message).toMatch(/copyright/);
  });

  it('leaves the seed story alone: dateline, headline, crossheads and paragraphs', () => {
    const all = findings(seed);
    const storyEnd = seed.indexOf('Thank you for being with us!');
    const inStory = all.filter((f) => f.start < storyEnd);
    // Only the "Japan" tag under the headline is queried; "Kyiv" is the dateline.
    expect(inStory.map((f) => [f.text, f.severity])).toEqual([['Japan', 'info']]);
  });

  it('finds a "Read also" link and a subscription appeal inside an otherwise clean story', () => {
    const text = [
      'Farmers blocked roads in three regions on Monday to protest against cheap grain imports.',
      'Read also: Grain prices hit a two-year low as exports stall',
      'The agriculture minister said he would meet protest leaders on Wednesday.',
      'Like our journalism? Support us on Patreon and become a patron of independent reporting.',
    ].join('\n\n');
    const found = findings(text);
    expect(found.map((f) => f.text)).toEqual([
      'Read also: Grain prices hit a two-year low as exports stall',
      'Like our journalism? Support us on Patreon and become a patron of independent reporting.',
    ]);
  });

  it('finds page metadata, tags and social links around a story', () => {
    const text = [
      'Published: 12.11.2024 10:32',
      'Views: 1,234',
      'Farmers blocked roads in three regions on Monday to protest against cheap grain imports, police said.',
      'Tags: farmers, protests, grain',
      'Follow us on Telegram',
    ].join('\n');
    const found = findings(text);
    expect(found.map((f) => f.text)).toEqual(['Published: 12.11.2024 10:32\nViews: 1,234', 'Tags: farmers, protests, grain\nFollow us on Telegram']);
  });

  it('reports a contact block with e-mail and phone as one finding', () => {
    const text = [
      'The museum reopens on Saturday after a two-year renovation, its director said.',
      'Contacts',
      'E-mail: newsroom@example.org',
      'Tel.: +44 20 7946 0958',
    ].join('\n');
    const found = findings(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('Contacts\nE-mail: newsroom@example.org\nTel.: +44 20 7946 0958');
  });

  it('stays quiet on a clean story with crossheads, quotes and numbers', () => {
    const text = [
      'Halden',
      'City council approves new tram line after years of debate',
      'The city council voted 31-12 on Tuesday to build a 9 km tram line linking the station with the hospital.',
      'Background',
      'The project, first proposed in 2014, will cost about 240 million crowns, according to the city.',
      '"This is the most important decision of this term," Mayor Ida Berg said.',
      'Opponents said the money should go to buses. Construction starts in 2027.',
    ].join('\n\n');
    expect(findings(text)).toEqual([]);
  });

  it('keeps the block id when the story above it is edited', () => {
    const furniture = '\n\nComments\n\nCopyright © 2024 Example Media. All rights reserved.';
    const a = findings('The bridge reopened on Monday.' + furniture)[0]!;
    const b = findings('The bridge reopened on Monday after repairs, officials said.' + furniture)[0]!;
    expect(b.id).toBe(a.id);
  });

  it('leaves the items of a list in the story alone', () => {
    const text = [
      'The delegation, led by the deputy foreign minister, arrived by overnight train.',
      'Officials listed three priorities:',
      'Energy infrastructure',
      'Demining',
      'Housing',
      'Talks continue on Wednesday, the ministry said.',
    ].join('\n\n');
    expect(findings(text)).toEqual([]);
  });
});

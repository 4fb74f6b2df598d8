import { describe, expect, it } from 'vitest';
import type { Entity } from '../../shared/analysis/types.ts';
import { completions, normaliseTag, suggestTags } from './tags.ts';

const entity = (name: string, kind: Entity['kind'], mentions: number): Entity => ({
  name, kind, mentions: Array.from({ length: mentions }, (_, i) => [i * 10, i * 10 + name.length] as [number, number]),
});

describe('tag suggestions and completion', () => {
  const entities = [
    entity('Mark Rutte', 'person', 4),
    entity('Yoon Suk Yeol', 'person', 6),
    entity('Kyiv', 'place', 2),
    entity('NATO', 'organisation', 5),
    entity('Kursk', 'unknown', 3),
  ];

  it('suggests people, places and organisations, most mentioned first', () => {
    expect(suggestTags(entities, []).map((s) => s.tag)).toEqual(['Yoon Suk Yeol', 'NATO', 'Mark Rutte', 'Kyiv']);
  });

  it('does not suggest a tag the article already has, whatever its case', () => {
    expect(suggestTags(entities, ['nato', 'Kyiv']).map((s) => s.tag)).toEqual(['Yoon Suk Yeol', 'Mark Rutte']);
  });

  it('completes from library tags: prefix matches first, then matches inside', () => {
    const library = ['Ukraine war', 'South Korea', 'Korea–Japan relations', 'City hall'];
    expect(completions('kor', library, [])).toEqual(['Korea–Japan relations', 'South Korea']);
    expect(completions('kor', library, ['South Korea'])).toEqual(['Korea–Japan relations']);
    expect(completions('   ', library, [])).toEqual([]);
  });

  it('tidies what was typed', () => {
    expect(normaliseTag('  North   Korea \n')).toBe('North Korea');
    expect(normaliseTag('x'.repeat(80))).toHaveLength(60);
  });
});

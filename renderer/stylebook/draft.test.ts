import { describe, expect, it } from 'vitest';
import { entriesOf, rowOf, rowsOf, sameEntries } from './draft.ts';

const HOUSE = [
  { preferred: 'Yoon Suk Yeol', variants: ['Yun Seok-yeol', 'Yoon Seok-yeol'] },
  { preferred: 'Kyiv', variants: ['Kiev'] },
];

describe('the House style rows', () => {
  it('turn typed rows into entries: variants split at commas, spaces trimmed, empty rows dropped', () => {
    const rows = [rowOf('  Yoon Suk Yeol ', 'Yun Seok-yeol,  Yoon Seok-yeol ,'), rowOf('', '  '), rowOf('Kyiv', 'Kiev')];
    expect(entriesOf(rows)).toEqual({ ok: true, entries: HOUSE });
  });

  it('round-trip the saved entries and tell unsaved changes from mere spacing', () => {
    const rows = rowsOf(HOUSE);
    expect(rows.map((r) => r.variants)).toEqual(['Yun Seok-yeol, Yoon Seok-yeol', 'Kiev']);
    expect(sameEntries(rows, HOUSE)).toBe(true);
    expect(sameEntries([{ ...rows[0]!, variants: 'Yun Seok-yeol,Yoon Seok-yeol ' }, rows[1]!], HOUSE)).toBe(true);
    expect(sameEntries([rows[0]!, { ...rows[1]!, variants: 'Kiev, Kyjiw' }], HOUSE)).toBe(false);
    expect(sameEntries(rows.slice(1), HOUSE)).toBe(false);
  });

  it('name the entry and the problem when a row cannot be saved', () => {
    expect(entriesOf([rowOf('Kyiv', 'Kiev'), rowOf('Lviv', '')])).toEqual({ ok: false, message: 'Entry 2 (Lviv): An entry needs at least one variant.' });
    expect(entriesOf([rowOf('', 'Kiev')])).toEqual({ ok: false, message: 'Entry 1: A spelling cannot be empty.' });
    expect(entriesOf([rowOf('Kyiv', 'Kiev'), rowOf('Kyiv (city)', 'Kiev')])).toEqual({
      ok: false,
      message: 'Entry 2 (Kyiv (city)): "Kiev" is listed as a variant of both "Kyiv" and "Kyiv (city)".',
    });
    expect(entriesOf([rowOf('Kyiv', 'Kyiv')])).toMatchObject({ ok: false, message: 'Entry 1 (Kyiv): "Kyiv" lists itself as a variant.' });
  });

  it('keep a loaded variant that holds a comma whole until its text is edited', () => {
    const book = [{ preferred: 'Washington, DC', variants: ['Washington, D.C.', 'Washington D.C.'] }];
    const [row] = rowsOf(book);
    expect(entriesOf([row!])).toEqual({ ok: true, entries: book });
    expect(sameEntries([row!], book)).toBe(true);
    // Once edited, the text is read as typed: commas separate variants.
    expect(entriesOf([{ ...row!, variants: 'Washington D.C., Wash.' }])).toEqual({
      ok: true,
      entries: [{ preferred: 'Washington, DC', variants: ['Washington D.C.', 'Wash.'] }],
    });
  });
});

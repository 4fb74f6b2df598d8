import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './engine.ts';
import { runNames } from './names/run.ts';
import type { Finding } from './types.ts';

const seed = readFileSync(new URL('./fixtures/korea-delegation-kyiv.txt', import.meta.url), 'utf8');

const spellingFindings = (fs: Finding[]): Finding[] => fs.filter((f) => f.variants);
const forms = (f: Finding): string[] => f.variants!.map((v) => v.text);

describe('names checker on the seed article', () => {
  const { findings, entities } = runNames(seed);

  it('reports the president\'s spellings as one finding, with counts, ranges and a suggestion', () => {
    const groups = spellingFindings(findings);
    expect(groups).toHaveLength(1);
    const [yun] = groups;
    expect(forms(yun!)).toEqual(['Yun Seok-yeol', 'Yoon Seok-yeol', 'Yun']);
    expect(yun!.variants!.map((v) => v.count)).toEqual([1, 1, 4]);
    for (const v of yun!.variants!) for (const [s, e] of v.ranges) expect(seed.slice(s, e)).toBe(v.text);
    expect(yun!.severity).toBe('warning');
    expect(yun!.suggestion).toBe('Yun Seok-yeol');
    expect(seed.slice(yun!.start, yun!.end)).toBe('Yoon Seok-yeol');
  });

  it('asks whether the unintroduced "Jung" is Yun', () => {
    const jung = findings.find((f) => f.text === 'Jung');
    expect(jung?.message).toMatch(/No one called Jung is introduced.*Yun Seok-yeol\?/);
    expect(jung?.suggestion).toBe('Yun');
    expect(seed.slice(jung!.start, jung!.end)).toBe('Jung');
    expect(findings).toHaveLength(2);
  });

  it('keeps Rutte, Zelenskyy and von der Leyen apart from everyone else', () => {
    const of = (name: string) => entities.find((e) => e.variants!.some((v) => v.text === name))!;
    expect(of('Mark Rutte').variants!.map((v) => v.text)).toEqual(['Mark Rutte', 'Rutte']);
    expect(of('Volodymyr Zelenskyy').variants!.map((v) => v.text)).toEqual(['Volodymyr Zelenskyy']);
    expect(of('Ursula von der Leyen').variants!.map((v) => v.text)).toEqual(['Ursula von der Leyen']);
    expect(of('Mark Rutte').kind).toBe('person');
  });

  it('does not take the page furniture or sentence openers for names', () => {
    const names = entities.map((e) => e.name);
    for (const word of ['Comments', 'Recent', 'Contact', 'Phone', 'Copyright', 'Thank', 'Representatives']) expect(names).not.toContain(word);
  });
});

describe('names checker on other copy', () => {
  it('groups transliterations and a typo, and suggests the full form', () => {
    const text = 'Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Lviv on Friday.\n' +
      'Zelenskyy thanked Poland for its support. "We will not forget this," Zelenskiy told reporters.\n' +
      'Duda said Warsaw would send more air defence systems. Later, Zelenksy travelled to Rzeszow.\n' +
      'First lady Olena Zelenska stayed in Kyiv.';
    const { findings } = runNames(text);
    expect(findings).toHaveLength(1);
    expect(forms(findings[0]!)).toEqual(['Volodymyr Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenksy']);
    expect(findings[0]!.suggestion).toBe('Volodymyr Zelensky');
  });

  it('stays quiet on consistent short forms, particles and titles', () => {
    const text = 'German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on Tuesday. ' +
      'Merz said Europe must spend more on defence. Macron agreed. Syrian President Bashar al-Assad was not invited; ' +
      'Assad\'s envoy met Ursula von der Leyen instead. Von der Leyen said the commission would act. Mr Macron left.';
    expect(runNames(text).findings).toEqual([]);
  });

  it('keeps father and son, and two people sharing a surname, apart', () => {
    const text = 'Former US president George H.W. Bush died in 2018. His son George W. Bush paid tribute at the funeral. ' +
      'Jeb Bush, another son, also spoke. Kim Jong Un watched the launch with his sister Kim Yo Jong. Kim Jong Il was not mentioned.';
    const { findings, entities } = runNames(text);
    expect(findings).toEqual([]);
    const people = entities.map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['George H.W. Bush', 'George W. Bush', 'Jeb Bush', 'Kim Jong Un', 'Kim Yo Jong', 'Kim Jong Il']));
  });

  it('links a lone surname to the right one of two people by the title it carries', () => {
    const text = 'Turkish President Recep Tayyip Erdoğan met officials in Ankara. Erdogan said talks went well. ' +
      'First lady Emine Erdoğan hosted a dinner. President Erdogan\'s spokesman said the talks were constructive.';
    const { findings } = runNames(text);
    expect(findings).toHaveLength(1);
    const erdogan = findings[0]!;
    expect(forms(erdogan)).toEqual(['Recep Tayyip Erdoğan', 'Erdogan']);
    expect(erdogan.variants![1]!.count).toBe(2);
  });

  it('suggests the style book\'s form when the book names the entity', () => {
    const { findings, entities } = runNames(seed, { styleBook: { entries: { 'Yoon Suk Yeol': ['Yun Seok-yeol', 'Yoon Seok-yeol'] } } });
    const yun = spellingFindings(findings)[0]!;
    expect(yun.suggestion).toBe('Yoon Suk Yeol');
    expect(yun.message).toContain('house style: Yoon Suk Yeol');
    expect(entities.some((e) => e.name === 'Yoon Suk Yeol')).toBe(true);
  });

  it('keeps finding ids when unrelated text changes and reports absolute offsets', () => {
    const before = runNames(seed).findings;
    const edited = 'Breaking: an unrelated paragraph about Gimhae airport was added at the top.\n\n' + seed.replace('on Tuesday', 'on Wednesday');
    const after = runNames(edited).findings;
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    for (const f of after) expect(edited.slice(f.start, f.end)).toBe(f.text);
  });

  it('after an edit that touches no name, reports the same decisions at the new offsets', () => {
    const before = runNames(seed);
    const edited = seed.replace('during a telephone conversation', 'during a long telephone conversation');
    const after = runNames(edited);
    expect(after.findings.map((f) => f.id)).toEqual(before.findings.map((f) => f.id));
    expect(after.findings[0]!.start).toBe(before.findings[0]!.start + 'long '.length);
    for (const e of after.entities) for (const v of e.variants!) for (const [s, end] of v.ranges) expect(edited.slice(s, end)).toBe(v.text);
  });

  it('decides again when a name is respelled: fixing the stray spelling clears the finding', () => {
    expect(spellingFindings(runNames(seed).findings)).toHaveLength(1);
    const fixed = seed.replace('Yoon Seok-yeol', 'Yun Seok-yeol');
    expect(spellingFindings(runNames(fixed).findings)).toEqual([]);
  });

  it('groups two spellings seen only at sentence starts, unless the word is an ordinary one', () => {
    const spelled = runNames('Gazprom said on Wednesday that flows were at a record. Gasprom said demand remained strong.');
    expect(spelled.findings.map(forms)).toEqual([['Gazprom', 'Gasprom']]);
    const ordinary = runNames('Officials said the road was closed. Official figures showed that officials had expected it.');
    expect(ordinary.findings).toEqual([]);
  });

  it('asks about a titled stranger but not about countries, capitals or movements that "say" things', () => {
    const quiet = 'Israeli Prime Minister Benjamin Netanyahu met US envoy Steve Witkoff in Jerusalem on Monday. Netanyahu said Israel would not accept a deal that left Hamas in power.\n' +
      'Hamas said it had received the proposal. Witkoff told reporters that progress had been made, and Qatar has offered to host the next round. Washington has not commented, but Moscow said it was ready.';
    expect(runNames(quiet).findings).toEqual([]);
    const stranger = runNames('German Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in Warsaw. Merz said the talks were useful. After the meeting, Mr Schmidt told reporters that Tusk had agreed.');
    expect(stranger.findings.map((f) => f.message)).toEqual(['No one called Schmidt is introduced in this story; is this Friedrich Merz?']);
  });

  it('knows which word of an Asian name a lone mention uses', () => {
    const viet = runNames('Mr. Nguyen Van Thanh, the mayor, met Nguyen Thi Lan at the ceremony. Mr Thanh said the city would grow.');
    expect(viet.entities.find((e) => e.name === 'Nguyen Van Thanh')!.variants!.map((v) => v.text)).toEqual(['Nguyen Van Thanh', 'Thanh']);
    const korean = runNames('Samsung chairman Lee Jae-yong met President Lee Jae-myung on Friday. Lee Jae-yong said the company would invest more.');
    expect(korean.findings).toEqual([]);
    expect(korean.entities.filter((e) => e.name.startsWith('Lee'))).toHaveLength(2);
  });

  it('gives the same result after a verb beside a name changes ("said" to "stated")', () => {
    const edited = seed.replace('Rutte said the involvement', 'Rutte stated the involvement');
    expect(edited).not.toBe(seed);
    const fresh = runNames(edited); // decided in full: the text analysed before was another
    runNames(seed);
    const reused = runNames(edited); // the seed's decisions, re-used at the edited offsets
    expect(reused.findings.map((f) => [f.id, f.start, f.text])).toEqual(fresh.findings.map((f) => [f.id, f.start, f.text]));
    expect(reused.entities.map((e) => [e.name, e.kind, e.mentions.length])).toEqual(fresh.entities.map((e) => [e.name, e.kind, e.mentions.length]));
  });
});

describe('names checker while typing', () => {
  it('drops a reused grouping when an edit elsewhere writes the word in lower case', () => {
    // "Gazprom ... Gasprom" seen only at sentence starts is kept as a name only while the
    // article never writes the word in lower case; that word is outside every mention.
    const before = 'Gazprom said on Monday that supplies would resume.\n\nGasprom said prices would not change.\n\nThe talks ended early.';
    const after = before.replace('ended early.', 'ended early, gasprom traders said.');
    const analyzer = createAnalyzer();
    const nameFindings = (text: string) => analyzer.update(text).findings.filter((f) => f.check === 'names').length;
    expect([nameFindings(before), nameFindings(after), nameFindings(before)]).toEqual([1, 0, 1]);
  });
});

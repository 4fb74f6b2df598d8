// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { StyleBook } from '../../shared/analysis/types.ts';
import type { StyleBookEntry } from '../../shared/contract/styleBook.ts';
import { setTransport } from '../api/client.ts';
import { followStyleBook } from './follow.ts';
import { useStyleBook } from './store.ts';

/** A library whose style-book.json a colleague can change behind the app's back. */
function library(entries: StyleBookEntry[]) {
  let version = 1;
  const host = {
    entries,
    change(next: StyleBookEntry[]) {
      host.entries = next;
      version += 1;
    },
    transport: {
      host: 'web' as const,
      async send(method: string) {
        if (method !== 'styleBook.get') return { ok: false, error: { code: 'unsupported', message: method } };
        return { ok: true, value: { path: '/news/library/style-book.json', exists: true, name: null, description: null, entries: host.entries, problem: null, version: `v${version}` } };
      },
    },
  };
  return host;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => setTransport(null));

describe('the analysis worker follows the library’s style book', () => {
  it('gets the book at start, a colleague’s new book when the window comes back, and nothing for an unchanged one', async () => {
    const lib = library([{ preferred: 'Kyiv', variants: ['Kiev'] }]);
    setTransport(lib.transport);
    useStyleBook.setState({ file: null, book: null, loadError: null });
    const sent: (StyleBook | null)[] = [];
    followStyleBook({ setStyleBook: (book) => sent.push(book) });
    await settle();
    expect(sent).toEqual([{ entries: { Kyiv: ['Kiev'] } }]);

    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(sent).toHaveLength(1);

    lib.change([{ preferred: 'Kyiv', variants: ['Kiev'] }, { preferred: 'Lviv', variants: ['Lvov'] }]);
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(sent.at(-1)).toEqual({ entries: { Kyiv: ['Kiev'], Lviv: ['Lvov'] } });

    lib.change([]);
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(sent.at(-1)).toBeNull();
    expect(sent).toHaveLength(3);
  });
});

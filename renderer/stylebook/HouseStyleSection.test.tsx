// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountRoot, unmountRoot } from '../testing/reactRoot.ts';
import type { StyleBookEntry, StyleBookState } from '../../shared/contract/styleBook.ts';
import { setTransport } from '../api/client.ts';
import { HouseStyleSection } from './HouseStyleSection.tsx';
import { useStyleBook } from './store.ts';

/** The library's style-book.json as the host would serve it, with its version check. */
function bookHost(initial: StyleBookEntry[]) {
  let version = 1;
  let entries = initial;
  const saves: StyleBookEntry[][] = [];
  const state = (): StyleBookState => ({ path: '/news/library/style-book.json', exists: true, name: null, description: null, entries, problem: null, version: `v${version}` });
  return {
    saves,
    /** A colleague saves another book meanwhile. */
    colleagueSaves(next: StyleBookEntry[]) {
      entries = next;
      version += 1;
    },
    transport: {
      host: 'web' as const,
      async send(method: string, input: unknown) {
        if (method === 'styleBook.get') return { ok: true, value: state() };
        if (method === 'styleBook.save') {
          const { entries: next, baseVersion } = input as { entries: StyleBookEntry[]; baseVersion: string | null };
          if (baseVersion !== `v${version}`) return { ok: false, error: { code: 'conflict', message: 'The style book in the library folder changed since you opened it.' } };
          saves.push(next);
          entries = next;
          version += 1;
          return { ok: true, value: { ...state(), backupPath: null } };
        }
        return { ok: false, error: { code: 'unsupported', message: `${method} is not served here.` } };
      },
    },
  };
}

let container: HTMLDivElement;
let root: Root;
let host: ReturnType<typeof bookHost>;
const submitted = vi.fn();

const KYIV = { preferred: 'Kyiv', variants: ['Kiev'] };

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => { await Promise.resolve(); });
}

function field(name: string): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`);
  if (!input) throw new Error(`No field named ${name}`);
  return input;
}

function type(input: HTMLInputElement, value: string) {
  // React tracks the value it set; go through the native setter so onChange sees the change.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`No button named ${name}`);
  return found;
}

beforeEach(async () => {
  host = bookHost([KYIV]);
  setTransport(host.transport);
  useStyleBook.setState({ file: null, book: null, loadError: null });
  submitted.mockReset();
  ({ container, root } = mountRoot());
  // Mounted inside a form, as in the Preferences dialog.
  act(() => root.render(<form onSubmit={(e) => { e.preventDefault(); submitted(); }}><HouseStyleSection /><button type="submit">Save</button></form>));
  await settle();
});

afterEach(() => {
  unmountRoot({ container, root });
  setTransport(null);
});

describe('the House style section', () => {
  it('shows the library’s book, and a colleague’s newer book refuses the save without losing the edits', async () => {
    expect(field('Variants of Kyiv').value).toBe('Kiev');
    await act(async () => type(field('Variants of Kyiv'), 'Kiev, Kyjiw'));
    host.colleagueSaves([KYIV, { preferred: 'Lviv', variants: ['Lvov'] }]);
    await act(async () => button('Apply to library').click());
    await settle();
    expect(container.querySelector('[role="status"]')!.textContent).toBe('The style book in the library folder changed since you opened it.');
    expect(field('Variants of Kyiv').value).toBe('Kiev, Kyjiw');
    expect(host.saves).toEqual([]);
  });

  it('is saved first when the dialog’s own Save is pressed, and the dialog is submitted once that worked', async () => {
    await act(async () => type(field('New preferred form'), 'Lviv'));
    await act(async () => type(field('Its variants'), 'Lvov, Lwów'));
    // Not added with Add: the typed entry is saved all the same.
    await act(async () => button('Save').click());
    await settle();
    expect(host.saves).toEqual([[KYIV, { preferred: 'Lviv', variants: ['Lvov', 'Lwów'] }]]);
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(useStyleBook.getState().book).toEqual({ entries: { Kyiv: ['Kiev'], Lviv: ['Lvov', 'Lwów'] } });
  });

  it('keeps the dialog open with the reason when a row cannot be saved', async () => {
    await act(async () => type(field('Variants of Kyiv'), ''));
    await act(async () => button('Save').click());
    await settle();
    expect(submitted).not.toHaveBeenCalled();
    expect(container.querySelector('[role="status"]')!.textContent).toBe('Entry 1 (Kyiv): An entry needs at least one variant.');
    // With nothing changed, the dialog's Save goes straight through.
    await act(async () => type(field('Variants of Kyiv'), 'Kiev'));
    await act(async () => button('Save').click());
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(host.saves).toEqual([]);
  });
});

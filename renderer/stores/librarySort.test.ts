// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../api/client.ts';
import { fakeHost, makeArticle } from './testTransport.ts';

afterEach(() => {
  setTransport(null);
  localStorage.clear();
});

/** A fresh store module, as a new window loads it. */
async function freshStore() {
  vi.resetModules();
  const client = await import('../api/client.ts');
  const lib = await import('./library.ts');
  // Created oldest first, then edited in another order: each sort gives a different list.
  const budget = makeArticle('budget', 'budget talks stall');
  const zoo = makeArticle('zoo', 'Zoo welcomes twin pandas');
  const untitled = makeArticle('untitled', '');
  const airport = makeArticle('airport', 'Airport expansion approved');
  airport.updatedAt = '2020-01-01T00:00:00.000Z';
  client.setTransport(fakeHost([budget, zoo, untitled, airport]));
  await lib.useLibrary.getState().refresh();
  const order = () => lib.visibleArticles(lib.useLibrary.getState()).map((a) => a.id);
  return { lib, order };
}

describe('sorting the article list', () => {
  it('orders by last edit, by creation or by headline (case-insensitive, untitled last), keeping filters', async () => {
    const { lib, order } = await freshStore();
    expect(order()).toEqual(['untitled', 'zoo', 'budget', 'airport']);
    lib.useLibrary.getState().setListSort('created');
    expect(order()).toEqual(['airport', 'untitled', 'zoo', 'budget']);
    lib.useLibrary.getState().setListSort('headline');
    expect(order()).toEqual(['airport', 'budget', 'zoo', 'untitled']);
    lib.useLibrary.getState().setStatusFilter('published');
    expect(order()).toEqual([]);
  });

  it('remembers the order for the next window', async () => {
    const first = await freshStore();
    expect(first.lib.useLibrary.getState().listSort).toBe('edited');
    first.lib.useLibrary.getState().setListSort('headline');
    const second = await freshStore();
    expect(second.lib.useLibrary.getState().listSort).toBe('headline');
    expect(second.order()[0]).toBe('airport');
  });

  it('falls back to last edited when the remembered value is not an order', async () => {
    localStorage.setItem('copydesk.listSort', 'by-colour');
    const { lib } = await freshStore();
    expect(lib.useLibrary.getState().listSort).toBe('edited');
  });
});

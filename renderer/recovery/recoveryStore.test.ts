// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../api/client.ts';
import { emptyBody } from '../../shared/article/schema.ts';
import type { Article } from '../../shared/article/schema.ts';
import { AUTOSAVE_DELAY_MS, _resetSaveQueue, useArticle } from '../stores/article.ts';
import { useLibrary } from '../stores/library.ts';
import { makeArticle } from '../stores/testTransport.ts';
import { _resetJournalWriter } from './journalWriter.ts';
import { useRecovery } from './recoveryStore.ts';
import { journalHost, type JournalHost } from './testJournalHost.ts';

let host: JournalHost;

/** A body with one paragraph of text, as the editor serialises it. */
function bodyWith(text: string): Article['body'] {
  const body = emptyBody() as unknown as { root: { children: unknown[] } };
  body.root.children = [{
    type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '',
    children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
  }];
  return body as unknown as Article['body'];
}

/** What a crash leaves: an entry on disk written by a session that is gone. */
function crashLeft(id: string, baseRevision: number, changes: Record<string, unknown>) {
  host.journal.set(id, { id, baseRevision, changes, writtenAt: '2026-11-29T09:59:00.000Z' });
}

beforeEach(async () => {
  vi.useFakeTimers();
  host = journalHost([makeArticle('kyiv-visit', 'Delegation arrives in Kyiv'), makeArticle('budget', 'Budget vote')]);
  setTransport(host);
  _resetSaveQueue();
  _resetJournalWriter();
  useArticle.setState({ article: null, saveState: { kind: 'saved' }, dirty: false, editor: null, loadError: null });
  useRecovery.setState({ offers: [], error: null });
  await useLibrary.getState().refresh();
});

afterEach(() => {
  vi.useRealTimers();
  setTransport(null);
});

describe('offering back edits a crash left unsaved', () => {
  it('offers them under the headline the writer last saw, naming what changed', async () => {
    crashLeft('kyiv-visit', 1, { title: 'Seoul delegation reaches Kyiv', body: bodyWith('They arrived by night train.') });
    await useRecovery.getState().check();
    const [offer] = useRecovery.getState().offers;
    expect(useRecovery.getState().offers).toHaveLength(1);
    expect(offer!.title).toBe('Seoul delegation reaches Kyiv');
    expect(offer!.movedOn).toBe(false);
    expect(offer!.parts).toEqual(['the headline', 'the body']);
  });

  it('Recover opens the article, shows the edits, autosaves them and clears the entry', async () => {
    await useArticle.getState().open('budget');
    crashLeft('kyiv-visit', 1, { title: 'Seoul delegation reaches Kyiv', body: bodyWith('They arrived by night train.') });
    await useRecovery.getState().check();
    const loadKey = useArticle.getState().loadKey;
    await useRecovery.getState().recover('kyiv-visit');

    const open = useArticle.getState();
    expect(open.article!.id).toBe('kyiv-visit');
    expect(open.article!.title).toBe('Seoul delegation reaches Kyiv');
    expect(JSON.stringify(open.article!.body)).toContain('They arrived by night train.');
    expect(open.loadKey).toBeGreaterThan(loadKey); // a fresh editor shows the recovered body
    expect(open.dirty).toBe(true);
    expect(useRecovery.getState().offers).toHaveLength(0);
    expect(host.journal.has('kyiv-visit')).toBe(false);

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 50);
    const onDisk = host.articles.get('kyiv-visit')!;
    expect(onDisk.title).toBe('Seoul delegation reaches Kyiv');
    expect(JSON.stringify(onDisk.body)).toContain('They arrived by night train.');
    expect(useArticle.getState().saveState).toEqual({ kind: 'saved' });
  });

  it('still offers edits when someone saved the article since, says so, and recovers without a conflict', async () => {
    crashLeft('kyiv-visit', 1, { standfirst: 'Talks begin on Tuesday.' });
    host.editOnDisk('kyiv-visit', { byline: 'Desk editor' }); // revision 2, saved elsewhere
    await useRecovery.getState().check();
    expect(useRecovery.getState().offers[0]!.movedOn).toBe(true);

    await useRecovery.getState().recover('kyiv-visit');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 50);
    const onDisk = host.articles.get('kyiv-visit')!;
    expect(onDisk.standfirst).toBe('Talks begin on Tuesday.');
    expect(onDisk.byline).toBe('Desk editor'); // only the journalled fields were put back
    expect(useArticle.getState().saveState).toEqual({ kind: 'saved' });
  });

  it('Discard forgets the edits and leaves the article as it is on disk', async () => {
    crashLeft('kyiv-visit', 1, { title: 'Draft headline nobody wanted' });
    await useRecovery.getState().check();
    await useRecovery.getState().discard('kyiv-visit');
    expect(useRecovery.getState().offers).toHaveLength(0);
    expect(host.journal.size).toBe(0);
    expect(host.articles.get('kyiv-visit')!.title).toBe('Delegation arrives in Kyiv');
    expect(host.calls.some((c) => c.method === 'article.save')).toBe(false);
  });

  it('does not bother the writer with edits the disk already holds', async () => {
    crashLeft('kyiv-visit', 1, { title: 'Delegation arrives in Kyiv' });
    await useRecovery.getState().check();
    expect(useRecovery.getState().offers).toHaveLength(0);
    expect(host.journal.size).toBe(0);
  });

  it('leaves an entry whose article cannot be read on disk for later', async () => {
    crashLeft('gone-missing', 1, { title: 'Lost story' });
    await useRecovery.getState().check();
    expect(useRecovery.getState().offers).toHaveLength(0);
    expect(host.journal.has('gone-missing')).toBe(true);
  });
});

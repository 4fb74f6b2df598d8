// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../api/client.ts';
import { AUTOSAVE_DELAY_MS, RETRY_DELAY_MS, _resetSaveQueue, useArticle } from './article.ts';
import { useLibrary } from './library.ts';
import { fakeHost, makeArticle, type FakeHost } from './testTransport.ts';

let host: FakeHost;

beforeEach(async () => {
  vi.useFakeTimers();
  host = fakeHost([makeArticle('kyiv-visit', 'Delegation arrives in Kyiv'), makeArticle('budget', 'Budget vote')]);
  setTransport(host);
  _resetSaveQueue();
  useArticle.setState({ article: null, saveState: { kind: 'saved' }, dirty: false, editor: null, loadError: null });
  await useLibrary.getState().refresh();
  await useArticle.getState().open('kyiv-visit');
});

afterEach(() => {
  vi.useRealTimers();
  setTransport(null);
});

const saves = () => host.calls.filter((c) => c.method === 'article.save');

describe('article store autosave', () => {
  it('saves about a second after typing stops, once, with only what changed', async () => {
    const { update } = useArticle.getState();
    update({ title: 'Delegation arrives' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    update({ title: 'Delegation arrives in Kyiv by train' });
    update({ byline: 'Min-ji Park' });
    expect(useArticle.getState().saveState.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    expect(saves()).toHaveLength(0); // still typing: the timer restarted
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saves()).toHaveLength(1);
    expect(saves()[0]!.input).toEqual({ id: 'kyiv-visit', baseRevision: 1, changes: { title: 'Delegation arrives in Kyiv by train', byline: 'Min-ji Park' } });
    expect(useArticle.getState().saveState).toEqual({ kind: 'saved' });
    expect(useArticle.getState().dirty).toBe(false);
    expect(host.articles.get('kyiv-visit')!.title).toBe('Delegation arrives in Kyiv by train');
  });

  it('shows a new headline in the library list at once and keeps the list sorted after the save', async () => {
    useArticle.getState().update({ title: 'Seoul pledges aid' });
    expect(useLibrary.getState().articles.find((a) => a.id === 'kyiv-visit')!.title).toBe('Seoul pledges aid');
    await useArticle.getState().flush();
    expect(useLibrary.getState().articles[0]!.id).toBe('kyiv-visit'); // most recently edited first
  });

  it('saves before switching to another article', async () => {
    useArticle.getState().update({ standfirst: 'Talks begin on Tuesday.' });
    await useArticle.getState().open('budget');
    expect(host.articles.get('kyiv-visit')!.standfirst).toBe('Talks begin on Tuesday.');
    expect(useArticle.getState().article!.id).toBe('budget');
  });

  it('keeps the edits and says why when a save fails, then retries', async () => {
    host.failNextSaves(2, 'io', 'The disk is full.');
    useArticle.getState().update({ title: 'Flood warnings' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(useArticle.getState().saveState).toEqual({ kind: 'failed', reason: 'The disk is full.' });
    expect(useArticle.getState().article!.title).toBe('Flood warnings');
    // Switching away saves first; while that fails too, the article stays open.
    await useArticle.getState().open('budget');
    expect(useArticle.getState().article!.id).toBe('kyiv-visit');
    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS);
    expect(useArticle.getState().saveState).toEqual({ kind: 'saved' });
    expect(host.articles.get('kyiv-visit')!.title).toBe('Flood warnings');
  });

  it('never writes over a file changed on disk; "keep mine" saves over it deliberately', async () => {
    host.editOnDisk('kyiv-visit', { title: 'Their headline', byline: 'Desk editor' });
    useArticle.getState().update({ title: 'My headline' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(useArticle.getState().saveState.kind).toBe('conflict');
    expect(host.articles.get('kyiv-visit')!.title).toBe('Their headline');
    // More typing during a conflict does not trigger saves.
    useArticle.getState().update({ title: 'My better headline' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(host.articles.get('kyiv-visit')!.title).toBe('Their headline');

    await useArticle.getState().keepMine();
    expect(useArticle.getState().saveState).toEqual({ kind: 'saved' });
    expect(host.articles.get('kyiv-visit')!.title).toBe('My better headline');
  });

  it('"reload theirs" drops local edits and shows the file on disk', async () => {
    host.editOnDisk('kyiv-visit', { title: 'Their headline' });
    useArticle.getState().update({ title: 'My headline' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    const before = useArticle.getState().loadKey;
    await useArticle.getState().reloadFromDisk();
    expect(useArticle.getState().article!.title).toBe('Their headline');
    expect(useArticle.getState().loadKey).toBe(before + 1); // the editor is rebuilt from disk
    expect(useArticle.getState().saveState).toEqual({ kind: 'saved' });
  });

  it('remembers the open article for the next start', () => {
    expect(host.calls).toContainEqual({ method: 'settings.set', input: { lastArticleId: 'kyiv-visit' } });
  });
});

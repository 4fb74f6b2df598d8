// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type ParagraphNode, type TextNode } from 'lexical';
import { setTransport } from '../api/client.ts';
import { AUTOSAVE_DELAY_MS, _resetSaveQueue, useArticle } from '../stores/article.ts';
import { useLibrary } from '../stores/library.ts';
import { makeArticle } from '../stores/testTransport.ts';
import { JOURNAL_IDLE_WAIT_MS, JOURNAL_INTERVAL_MS, _resetJournalWriter, startJournalWriter } from './journalWriter.ts';
import { journalHost, type JournalHost } from './testJournalHost.ts';

let host: JournalHost;
let stop: () => void;

beforeEach(async () => {
  vi.useFakeTimers();
  host = journalHost([makeArticle('kyiv-visit', 'Delegation arrives in Kyiv')]);
  setTransport(host);
  _resetSaveQueue();
  _resetJournalWriter();
  useArticle.setState({ article: null, saveState: { kind: 'saved' }, dirty: false, editor: null, loadError: null });
  await useLibrary.getState().refresh();
  await useArticle.getState().open('kyiv-visit');
  stop = startJournalWriter();
});

afterEach(() => {
  stop();
  vi.useRealTimers();
  setTransport(null);
});

const calls = (method: string) => host.calls.filter((c) => c.method === method);

/** Types a headline one character every `gapMs`, as a person would. */
async function typeHeadline(text: string, gapMs: number) {
  for (let n = 1; n <= text.length; n++) {
    useArticle.getState().update({ title: text.slice(0, n) });
    await vi.advanceTimersByTimeAsync(gapMs);
  }
}

describe('journalling unsaved typing', () => {
  it('writes about once a second while someone keeps typing, never once per keystroke', async () => {
    const headline = 'Seoul delegation reaches Kyiv by night train';
    // 44 keystrokes 100 ms apart: the autosave (1 s after typing stops) never fires meanwhile.
    await typeHeadline(headline, 100);
    expect(calls('article.save')).toHaveLength(0);
    const writes = calls('journal.write').length;
    expect(writes).toBeGreaterThanOrEqual(3);
    expect(writes).toBeLessThanOrEqual(5);
    // The entry on "disk" is at most a second behind the screen.
    const entry = host.journal.get('kyiv-visit')!;
    expect(entry.baseRevision).toBe(1);
    expect(headline.startsWith(entry.changes.title!)).toBe(true);
    expect(headline.length - entry.changes.title!.length).toBeLessThanOrEqual(JOURNAL_INTERVAL_MS / 100);
  });

  it('leaves no entry behind once the autosave lands, and writes none after it', async () => {
    await typeHeadline('Aid pledged', 150);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 50);
    expect(useArticle.getState().saveState).toEqual({ kind: 'saved' });
    await vi.advanceTimersByTimeAsync(5 * JOURNAL_INTERVAL_MS);
    expect(host.journal.size).toBe(0);
    const lastSave = host.calls.findLastIndex((c) => c.method === 'article.save');
    expect(host.calls.slice(lastSave).some((c) => c.method === 'journal.write')).toBe(false);
    expect(host.articles.get('kyiv-visit')!.title).toBe('Aid pledged');
  });

  it('journals the body as the editor shows it, with the fields changed beside it', async () => {
    // A writer on a half-second clock, so its write (which waits for an idle moment) comes
    // before the autosave a second after the edit.
    stop();
    stop = startJournalWriter(JOURNAL_INTERVAL_MS / 2);
    const editor = createEditor({ namespace: 'test', onError: (e) => { throw e; } });
    useArticle.getState().setEditor(editor);
    useArticle.getState().update({ byline: 'Min-ji Park' });
    editor.update(() => {
      $getRoot().append($createParagraphNode().append($createTextNode('The delegation crossed the border at dawn.')));
    }, { discrete: true });
    useArticle.getState().bodyChanged();
    await vi.advanceTimersByTimeAsync(JOURNAL_INTERVAL_MS / 2 + JOURNAL_IDLE_WAIT_MS);
    // The autosave lands right after and clears the entry, so read what was written.
    const entry = calls('journal.write')[0]!.input as { changes: { byline?: string; body?: unknown } };
    expect(entry.changes.byline).toBe('Min-ji Park');
    expect(JSON.stringify(entry.changes.body)).toContain('The delegation crossed the border at dawn.');
  });

  it('writes when the page is idle, not in the middle of a keystroke’s frame', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (job: () => void) => idle.push(job));
    // A writer on a half-second clock, so it writes before the autosave a second after the edit.
    stop();
    stop = startJournalWriter(JOURNAL_INTERVAL_MS / 2);
    try {
      useArticle.getState().update({ title: 'Talks resume' });
      await vi.advanceTimersByTimeAsync(JOURNAL_INTERVAL_MS / 4);
      expect(idle).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(JOURNAL_INTERVAL_MS / 4);
      // The half second is up: the write waits for the browser's next idle moment.
      expect(idle).toHaveLength(1);
      expect(calls('journal.write')).toHaveLength(0);
      idle.shift()!();
      await vi.advanceTimersByTimeAsync(0);
      expect(calls('journal.write')).toHaveLength(1);
      expect(host.journal.get('kyiv-visit')!.changes.title).toBe('Talks resume');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps journalling body typing that goes on after the first write (the store no longer changes per keystroke)', async () => {
    const editor = createEditor({ namespace: 'test', onError: (e) => { throw e; } });
    useArticle.getState().setEditor(editor);
    const sentence = 'Officials in Kyiv confirmed the delegation would stay two more days';
    editor.update(() => { $getRoot().append($createParagraphNode().append($createTextNode(sentence[0]))); }, { discrete: true });
    for (let n = 2; n <= sentence.length; n++) {
      editor.update(() => { $getRoot().getFirstChildOrThrow<ParagraphNode>().getFirstChildOrThrow<TextNode>().setTextContent(sentence.slice(0, n)); }, { discrete: true });
      useArticle.getState().bodyChanged();
      await vi.advanceTimersByTimeAsync(100);
    }
    const writes = calls('journal.write');
    expect(writes.length).toBeGreaterThanOrEqual(5);
    // The last entry is at most about a second (ten keystrokes here) behind the screen.
    const body = JSON.stringify((writes.at(-1)!.input as { changes: { body?: unknown } }).changes.body);
    const journalled = /Officials in Kyiv[^"]*/.exec(body)![0];
    expect(sentence.startsWith(journalled)).toBe(true);
    expect(sentence.length - journalled.length).toBeLessThanOrEqual(JOURNAL_INTERVAL_MS / 100);
  });

  it('keeps journalling while a save fails, so the edits survive a crash during the outage', async () => {
    host.failNextSaves(5, 'io', 'The disk is full.');
    await typeHeadline('Talks collapse', 50);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 50);
    expect(useArticle.getState().saveState.kind).toBe('failed');
    await vi.advanceTimersByTimeAsync(JOURNAL_INTERVAL_MS + JOURNAL_IDLE_WAIT_MS);
    expect(host.journal.get('kyiv-visit')!.changes.title).toBe('Talks collapse');
  });

  it('keeps the changes of a save still on its way in the journal, under what was typed after', async () => {
    // Hold the save back, as a slow disk would, to look at the journal while it is in flight.
    let release: () => void = () => undefined;
    let holding = true;
    const send = host.send.bind(host);
    setTransport({ ...host, send: async (method, input) => {
      if (method === 'article.save' && holding) await new Promise<void>((go) => { release = go; });
      return send(method, input);
    } });
    useArticle.getState().update({ title: 'Talks collapse in Geneva' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10); // the save has gone out, not landed
    useArticle.getState().update({ byline: 'Min-ji Park' });
    await vi.advanceTimersByTimeAsync(JOURNAL_INTERVAL_MS + JOURNAL_IDLE_WAIT_MS);
    const entry = calls('journal.write').at(-1)!.input as { changes: { title?: string; byline?: string } };
    expect(entry.changes).toEqual({ title: 'Talks collapse in Geneva', byline: 'Min-ji Park' });
    holding = false;
    release();
    await vi.advanceTimersByTimeAsync(3 * AUTOSAVE_DELAY_MS);
    expect(useArticle.getState().saveState).toEqual({ kind: 'saved' });
    expect(host.journal.size).toBe(0);
  });
});

// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountRoot, unmountRoot } from '../testing/reactRoot.ts';
import { setTransport } from '../api/client.ts';
import { makeArticle } from '../stores/testTransport.ts';
import { _resetJournalWriter } from './journalWriter.ts';
import { RecoveryPrompt } from './RecoveryPrompt.tsx';
import { useRecovery, type RecoveryOffer } from './recoveryStore.ts';
import { journalHost, type JournalHost } from './testJournalHost.ts';

let container: HTMLDivElement;
let root: Root;
let host: JournalHost;

function offer(movedOn: boolean): RecoveryOffer {
  return {
    entry: { id: 'kyiv-visit', baseRevision: 1, changes: { title: 'Seoul delegation reaches Kyiv' }, writtenAt: '2026-11-29T09:59:00.000Z' },
    title: 'Seoul delegation reaches Kyiv',
    movedOn,
    parts: ['the headline', 'the body'],
  };
}

beforeEach(() => {
  host = journalHost([makeArticle('kyiv-visit', 'Delegation arrives in Kyiv')]);
  setTransport(host);
  _resetJournalWriter();
  ({ container, root } = mountRoot());
});

afterEach(() => {
  unmountRoot({ container, root });
  useRecovery.setState({ offers: [], error: null });
  setTransport(null);
});

describe('the recovery prompt', () => {
  it('asks in plain words, as an accessible dialog with Recover focused', () => {
    useRecovery.setState({ offers: [offer(false)], error: null });
    act(() => root.render(<RecoveryPrompt />));
    const dialog = container.querySelector('[role="alertdialog"]')!;
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Copydesk closed before your last changes to “Seoul delegation reaches Kyiv” were saved.');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toContain('the headline and the body');
    expect(dialog.textContent).not.toContain('saved since');
    const buttons = [...dialog.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Recover them', 'Discard']);
    expect(document.activeElement?.textContent).toBe('Recover them');
  });

  it('warns that the article was saved since the edits were made', () => {
    useRecovery.setState({ offers: [offer(true)], error: null });
    act(() => root.render(<RecoveryPrompt />));
    expect(container.textContent).toContain('This article has been saved since then');
  });

  it('goes away when Discard is pressed, and the journal entry with it', async () => {
    host.journal.set('kyiv-visit', offer(false).entry);
    useRecovery.setState({ offers: [offer(false)], error: null });
    act(() => root.render(<RecoveryPrompt />));
    const discard = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Discard')!;
    await act(async () => { discard.click(); });
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(host.journal.size).toBe(0);
  });

  it('shows nothing when there is nothing to recover', () => {
    act(() => root.render(<RecoveryPrompt />));
    expect(container.innerHTML).toBe('');
  });
});

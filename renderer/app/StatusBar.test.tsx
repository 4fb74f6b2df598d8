// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountRoot, unmountRoot, type MountedRoot } from '../testing/reactRoot.ts';
import { useArticle } from '../stores/article.ts';
import { useEditorStats } from '../stores/editorStats.ts';
import { makeArticle } from '../stores/testTransport.ts';
import { StatusBar } from './StatusBar.tsx';

let mounted: MountedRoot;

const indicator = () => mounted.container.querySelector('[role="status"]')!;
const tryAgain = () => [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === 'Try again');

beforeEach(() => {
  useArticle.setState({ article: makeArticle('kyiv-visit', 'Delegation arrives in Kyiv'), saveState: { kind: 'saved' } });
  useEditorStats.setState({ words: 12345 });
  mounted = mountRoot();
  act(() => mounted.root.render(<StatusBar onOpenPreferences={() => undefined} />));
});

afterEach(() => {
  unmountRoot(mounted);
  useArticle.setState({ article: null, saveState: { kind: 'saved' } });
});

describe('status bar', () => {
  it('shows the word count, the reading time and that the article is saved', () => {
    expect(mounted.container.textContent).toContain(`${(12345).toLocaleString()} words`);
    expect(mounted.container.textContent).toContain('54 min read');
    expect(indicator().textContent).toBe('Saved');
    expect(indicator().getAttribute('data-save-state')).toBe('saved');
  });

  it('follows the save state as it changes, and offers to try a failed save again', () => {
    act(() => useArticle.setState({ saveState: { kind: 'saving' } }));
    expect(indicator().textContent).toBe('Saving…');
    expect(indicator().className).toContain('save-saving');
    expect(tryAgain()).toBeUndefined();

    const flush = vi.spyOn(useArticle.getState(), 'flush').mockResolvedValue(undefined);
    act(() => useArticle.setState({ saveState: { kind: 'failed', reason: 'The disk is full.' } }));
    expect(indicator().textContent).toBe('Not saved — The disk is full.');
    expect(indicator().getAttribute('data-save-state')).toBe('failed');
    act(() => tryAgain()!.click());
    expect(flush).toHaveBeenCalledOnce();

    act(() => useArticle.setState({ saveState: { kind: 'saved' } }));
    expect(indicator().textContent).toBe('Saved');
    expect(tryAgain()).toBeUndefined();
  });

  it('says so when no article is open', () => {
    act(() => useArticle.setState({ article: null }));
    expect(mounted.container.textContent).toContain('No article open');
    expect(indicator()).toBeNull();
  });
});

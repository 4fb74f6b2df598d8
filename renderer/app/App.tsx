/**
 * The app shell: library sidebar, the editor (main), the review side column and the status bar.
 * On start it loads preferences and the library and reopens the last article.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ReviewPanels } from '../review/ReviewPanels.tsx';
import { hostKind } from '../api/client.ts';
import { ArticleEditor } from '../editor/ArticleEditor.tsx';
import { LibrarySidebar } from '../library/LibrarySidebar.tsx';
import { useArticle } from '../stores/article.ts';
import { useLibrary } from '../stores/library.ts';
import { usePreferences } from '../stores/preferences.ts';
import { ConflictBanner } from './ConflictBanner.tsx';
import { PreferencesDialog } from './PreferencesDialog.tsx';
import { StatusBar } from './StatusBar.tsx';
import { commandForKey, newArticleShortcut, shortcutLabel } from './shortcuts.ts';
import { useSaveTriggers } from './useSaveTriggers.ts';
import { useTheme } from './useTheme.ts';
import { RecoveryPrompt } from '../recovery/RecoveryPrompt.tsx';
import { useCrashRecovery } from '../recovery/useCrashRecovery.ts';

async function startUp(): Promise<void> {
  const [settings] = await Promise.all([usePreferences.getState().load(), useLibrary.getState().refresh()]);
  const last = settings?.lastArticleId;
  if (last && useLibrary.getState().articles.some((a) => a.id === last)) {
    await useArticle.getState().open(last);
  }
}

function focusHeadline(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.field-headline')?.focus());
}

export function App(): ReactNode {
  // The id and the title, not the article: a save replaces the article object (new revision), and
  // re-rendering the whole shell for it would make garbage the next keystroke pays to collect.
  const articleId = useArticle((s) => s.article?.id ?? null);
  const title = useArticle((s) => (s.article ? s.article.title.trim() || 'Untitled' : null));
  const loadKey = useArticle((s) => s.loadKey);
  const loadError = useArticle((s) => s.loadError);
  const [prefsOpen, setPrefsOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const host = hostKind();

  const [started, setStarted] = useState(false);

  useTheme();
  useSaveTriggers();
  // Journals unsaved typing; once start-up has reopened the last article, offers back a crash's.
  useCrashRecovery(started);
  useEffect(() => {
    // The window (or tab) says which article is open, as desktop editors do.
    document.title = title ? `${title} — Copydesk` : 'Copydesk';
  }, [title]);
  useEffect(() => {
    startUp().catch((err) => setNotice((err as Error).message)).finally(() => setStarted(true));
  }, []);

  const newArticle = useCallback(async () => {
    try {
      await useArticle.getState().flush();
      const created = await useLibrary.getState().create();
      useLibrary.getState().setView('articles');
      await useArticle.getState().open(created.id);
      focusHeadline();
    } catch (err) {
      setNotice(`Could not create an article: ${(err as Error).message}`);
    }
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      if (command === 'new-article') void newArticle();
      else if (command === 'save-now') void useArticle.getState().flush();
      else setPrefsOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [newArticle]);

  return (
    <div className="app">
      <LibrarySidebar onNewArticle={() => void newArticle()} newShortcut={newArticleShortcut(host)} onError={setNotice} />
      <main className="workspace" aria-label="Editor">
        <ConflictBanner onError={setNotice} />
        <RecoveryPrompt />
        {(notice || loadError) && (
          <div className="banner banner-error" role="alert">
            <p>{notice ?? `Could not open the article: ${loadError}`}</p>
            <button type="button" className="btn" onClick={() => { setNotice(null); useArticle.setState({ loadError: null }); }}>Dismiss</button>
          </div>
        )}
        {articleId ? (
          <ArticleEditor key={`${articleId}:${loadKey}`} />
        ) : (
          <div className="empty-state">
            <p className="empty-title">No article open</p>
            <p>Choose one in the library, or start a new one.</p>
            <button type="button" className="btn btn-primary" onClick={() => void newArticle()}>New article</button>
            <p className="hint">
              <kbd>{shortcutLabel(newArticleShortcut(host))}</kbd> new article · <kbd>{shortcutLabel('Control+S')}</kbd> save now ·{' '}
              <kbd>{shortcutLabel('Control+Comma')}</kbd> preferences
            </p>
          </div>
        )}
      </main>
      <aside className="side-column" aria-label="Review">
        <ReviewPanels />
      </aside>
      <StatusBar onOpenPreferences={() => setPrefsOpen(true)} />
      {prefsOpen && (
        <PreferencesDialog
          onClose={() => setPrefsOpen(false)}
          onLibraryChanged={() => {
            void useArticle.getState().close().then(() => useLibrary.getState().refresh());
          }}
        />
      )}
    </div>
  );
}

/**
 * Mounts crash recovery in the app shell: journals unsaved edits while the app runs, and reads
 * the journal for edits a crash left behind once start-up has opened an article (or found
 * none), then again whenever another article is opened.
 */
import { useEffect } from 'react';
import { useArticle } from '../stores/article.ts';
import { startJournalWriter } from './journalWriter.ts';
import { useRecovery } from './recoveryStore.ts';

/** `started`: true once start-up has finished reopening the last article. */
export function useCrashRecovery(started: boolean): void {
  useEffect(() => startJournalWriter(), []);
  const openId = useArticle((s) => s.article?.id ?? null);
  useEffect(() => {
    if (started) void useRecovery.getState().check();
  }, [started, openId]);
}

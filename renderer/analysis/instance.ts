/**
 * The app's one analysis client: one worker for the whole session (switching articles reuses
 * it), its results written into the findings store.
 */
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { followStyleBook } from '../stylebook/follow.ts';
import { AnalysisClient } from './client.ts';
import { resultHold } from './resultHold.ts';

let client: AnalysisClient | null = null;

export function analysisClient(): AnalysisClient {
  client ??= new AnalysisClient({
    onResult(articleId, text, response) {
      // Mid-burst results wait for the pause (resultHold.ts). A result for an article that is no
      // longer open is of no use to anyone.
      resultHold.offer(() => {
        if (useArticle.getState().article?.id !== articleId) return;
        useFindingsStore.getState().setResult(articleId, { text, ...response.result }, response.ms);
      });
    },
    onPending(pending) {
      if (useFindingsStore.getState().pending !== pending) useFindingsStore.getState().setPending(pending);
    },
    onError(message) {
      useFindingsStore.getState().setError(`The checks stopped: ${message}`);
    },
  });
  followStyleBook(client); // the library's house style book, now and after every save
  return client;
}
